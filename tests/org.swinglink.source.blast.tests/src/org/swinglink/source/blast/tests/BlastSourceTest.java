package org.swinglink.source.blast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swinglink.source.blast.tests.BlastRealExportsTest.assertSwing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.CollectingSink;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Sources;

/** The Blast source on the written fixtures: metadata lines, the team export, the legacy export, bad files. */
class BlastSourceTest {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));
    private static final ReadOptions DENVER = new ReadOptions(ZoneId.of("America/Denver"));

    private static SwingSource blast;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        blast = Sources.await("blast");
    }

    private CollectingSink read(String fixture, ReadOptions options) throws Exception {
        CollectingSink sink = new CollectingSink();
        blast.read(SourceFile.of(Fixtures.copy(fixture, folder)), options, sink);
        return sink;
    }

    @Test
    void givenTheRegisteredService_thenItDescribesBlastSensorSwings() {
        assertEquals("Blast Motion", blast.displayName());
        assertEquals(RecordKind.SENSOR_SWINGS, blast.recordKind());
    }

    @Test
    void givenMetadataLinesAboveTheHeader_whenRead_thenTheyAreSkippedAndTheNamedPlayerIsUsed() throws Exception {
        CollectingSink sink = read("blast/metrics-with-report-header.csv", CHICAGO);

        assertEquals(List.of(), sink.problems);
        assertEquals(12, sink.swings.size());
        for (int i = 0; i < 12; i++) {
            assertEquals(10 + i, sink.swings.get(i).line(), "rows start on line 10, below eight metadata lines and the header");
            assertEquals("Sam Carter", sink.swings.get(i).playerName(), "from the line 'Player,Sam Carter'");
        }
        SensorSwingRecord newest = sink.swings.get(0); // "Oct 14, 2024 04:11:58 PM",Meta,Right,,68,59,67,71.6,11.4,79,9,72,83,-27,3.74,0.12,22.5,,,
        assertSwing(newest, 10, "2024-10-14T21:11:58Z", 71.6, 9.0, 120.0, 22.5, 3740.0);
        assertEquals("", newest.raw().get("Swing Details"), "an empty environment tag stays empty");
        SensorSwingRecord oldest = sink.swings.get(11); // "Oct 14, 2024 04:02:11 PM",Meta,Right,Tee,67,67,62,71.1,19.5,77,2,79,90,-26,3.7,0.17,21.2,,,
        assertSwing(oldest, 21, "2024-10-14T21:02:11Z", 71.1, 2.0, 170.0, 21.2, 3700.0);
    }

    @Test
    void givenTheSameMetricsFileInTwoZones_whenRead_thenTimestampsDifferByTheZoneOffset() throws Exception {
        Instant chicago = read("blast/metrics-with-report-header.csv", CHICAGO).swings.get(0).timestamp();
        Instant denver = read("blast/metrics-with-report-header.csv", DENVER).swings.get(0).timestamp();

        assertEquals(3600, denver.getEpochSecond() - chicago.getEpochSecond(), "local 4:11 PM is an hour later in Denver");
    }

    @Test
    void givenTheTeamExport_whenRead_thenEachRowNamesItsPlayerAndSensor() throws Exception {
        CollectingSink sink = read("blast/team-all-swings.csv", DENVER);

        assertEquals(14, sink.swings.size());
        SensorSwingRecord first = sink.swings.get(0);
        // 812345672,2024-06-12 17:05:09,"America/New_York\ndaylight\nGMT-4",Ava,Martinez,...,B4X1-0A7F22,65.9,19.1,15.3,3.64,0.67,-2,-35,0.14,...
        assertSwing(first, 2, "2024-06-12T21:05:09Z", 65.9, -2.0, 140.0, 19.1, 3640.0);
        assertEquals("Ava Martinez", first.playerName(), "first_name + last_name");
        assertEquals("B4X1-0A7F22", first.sensorDeviceId(), "sensorserialnumber");
        assertNull(first.blastFactor());
        assertNull(first.rotationMetric());
        assertEquals(24, first.raw().size());
        assertEquals("America/New_York\ndaylight\nGMT-4", first.raw().get("timezone"), "the embedded line breaks are kept");
        assertEquals("-2", first.raw().get("Attack Angle (°'s)"), "column names with a degree sign are read as UTF-8");
        assertEquals("0.67", first.raw().get("On Plane Efficiency (%)"), "a 0-1 fraction in this export");
        assertEquals(67.0, first.metric("on_plane_efficiency"), "On Plane Efficiency, stored in percent");
        assertEquals(List.of("Ava Martinez", "Noah Kim", "Lena Fischer"),
                sink.swings.stream().map(SensorSwingRecord::playerName).distinct().toList());
    }

    @Test
    void givenQuotedTimezoneCellsSpanningThreeLines_whenRead_thenEachRowKeepsTheLineItStartsOn() throws Exception {
        CollectingSink sink = read("blast/team-all-swings.csv", DENVER);

        assertEquals(List.of(2L, 5L, 8L, 14L, 17L, 20L, 23L, 26L, 29L, 32L, 35L, 36L, 37L, 38L),
                sink.swings.stream().map(SensorSwingRecord::line).toList());
    }

    @Test
    void givenARowZoneOrAnOffset_whenRead_thenTheyWinOverTheChosenZone() throws Exception {
        List<SensorSwingRecord> denver = read("blast/team-all-swings.csv", DENVER).swings;
        List<SensorSwingRecord> utc = read("blast/team-all-swings.csv", new ReadOptions(ZoneId.of("UTC"))).swings;

        assertEquals(Instant.parse("2024-06-12T21:05:09Z"), utc.get(0).timestamp(), "17:05:09 in the row's America/New_York");
        assertEquals(Instant.parse("2024-06-12T21:10:03.041Z"), denver.get(4).timestamp(), "16:10:03.041-05:00 is exact");
        assertEquals(Instant.parse("2024-06-12T21:10:03.041Z"), utc.get(4).timestamp());
        assertEquals(Instant.parse("2024-06-12T21:10:46.761Z"), denver.get(8).timestamp());
        assertEquals("air Swing", denver.get(8).raw().get("actiontype"), "air swings are swings too");
    }

    @Test
    void givenATimezoneCellThatIsNoZoneIdOrEmpty_whenRead_thenTheChosenZoneIsUsed() throws Exception {
        List<SensorSwingRecord> denver = read("blast/team-all-swings.csv", DENVER).swings;
        List<SensorSwingRecord> utc = read("blast/team-all-swings.csv", new ReadOptions(ZoneId.of("UTC"))).swings;

        SensorSwingRecord edt = denver.get(9); // 6/12/2024 2:15:07 PM,"EDT\ndaylight\nGMT-4",Lena,Fischer
        assertEquals(32, edt.line());
        assertEquals("Lena Fischer", edt.playerName());
        assertEquals(Instant.parse("2024-06-12T20:15:07Z"), edt.timestamp(), "'EDT' is not a zone id: Denver (UTC-6)");
        assertEquals(Instant.parse("2024-06-12T14:15:07Z"), utc.get(9).timestamp());
        SensorSwingRecord empty = denver.get(10); // 6/12/2024 2:15:16 PM with an empty timezone
        assertEquals(Instant.parse("2024-06-12T20:15:16Z"), empty.timestamp());
        // 6/12/2024 2:15:16 PM,,Lena,Fischer,...,67.3,21.1,17.6,3.76,0.77,6,-33,0.12,...
        assertSwing(empty, 35, "2024-06-12T20:15:16Z", 67.3, 6.0, 120.0, 21.1, 3760.0);
    }

    @Test
    void givenATimestampInNoAcceptedForm_whenRead_thenTheRowIsReportedWithColumnAndFormsAndTheRestIsRead() throws Exception {
        CollectingSink sink = read("blast/team-all-swings.csv", DENVER);

        assertEquals(1, sink.problems.size());
        RowProblem problem = sink.problems.get(0);
        assertEquals(11, problem.line());
        assertEquals(2, problem.column(), "Swing Timestamp");
        assertEquals("Swing Timestamp: 'Jun 12 2024 5:06 PM' is not a date and time like 2024-10-14 16:02:11, "
                + "2024-10-14T16:02:11-05:00, 10/14/2024 4:02:11 PM, 10/14/2024 16:02:11 or Oct 14, 2024 04:02:11 PM",
                problem.message());
        assertTrue(sink.swings.stream().noneMatch(s -> s.line() == 11));
    }

    @Test
    void givenTheLegacyExport_whenRead_thenSwingsHaveNoTimeAndCarryBlastFactor() throws Exception {
        CollectingSink sink = read("blast/legacy-2017.csv", CHICAGO);

        assertEquals(List.of(), sink.problems);
        assertEquals(10, sink.swings.size());
        assertTrue(sink.swings.stream().allMatch(s -> s.timestamp() == null), "the legacy export records no time");
        assertTrue(sink.swings.stream().allMatch(s -> "Jordan Reyes".equals(s.playerName())));
        SensorSwingRecord first = sink.swings.get(0);
        // Jordan Reyes,1,65.4,12,0.15,19,81,87,3.5,66.7,39,-32
        assertEquals(2, first.line());
        assertEquals(65.4, first.batSpeed(), "Bat Speed, not Peak Bat Speed");
        assertEquals(12.0, first.attackAngle());
        assertEquals(150.0, first.timeToContact());
        assertEquals(19.0, first.peakHandSpeed());
        assertEquals(81.0, first.blastFactor());
        assertEquals(3500.0, first.powerOutput());
        assertNull(first.rotationMetric());
        assertEquals("66.7", first.raw().get("Peak Bat Speed (mph)"));
        assertEquals("39", first.raw().get("Body Rotation (%)"));
        assertEquals(87.0, first.metric("on_plane_efficiency"), "On Plane (%), the legacy spelling");
        assertEquals("1", first.raw().get("Swing #"));
        SensorSwingRecord last = sink.swings.get(9); // Jordan Reyes,10,68.5,15,0.15,20.1,76,86,3.76,70.1,30,-41
        assertEquals(11, last.line(), "CRLF line ends count as one line each");
        assertEquals(76.0, last.blastFactor());
        assertEquals(3760.0, last.powerOutput());
    }

    @Test
    void givenALegacyExportWithATimeColumn_whenRead_thenItIsUsed() throws Exception {
        Path file = folder.resolve("legacy-with-date.csv");
        Files.writeString(file, """
                Player,Swing #,Date,Bat Speed (mph),Attack Angle (deg),Time to Contact (sec),Blast Factor,Peak Bat Speed (mph)
                Jordan Reyes,1,2018-04-02 17:30:05,65.4,12,0.15,81,66.7
                Jordan Reyes,2,,66.0,10,0.14,78,67.2
                Jordan Reyes,3,yesterday,64.1,9,0.16,70,65.0
                """);
        CollectingSink sink = new CollectingSink();
        blast.read(SourceFile.of(file), CHICAGO, sink);

        assertEquals(Instant.parse("2018-04-02T22:30:05Z"), sink.swings.get(0).timestamp());
        assertNull(sink.swings.get(1).timestamp(), "an empty time cell in a legacy export is no time");
        assertEquals(1, sink.problems.size());
        assertEquals(4, sink.problems.get(0).line());
        assertEquals(3, sink.problems.get(0).column());
    }

    @Test
    void givenValuesThatDoublesCannotScaleExactly_whenRead_thenMillisecondsAndWattsAreExact() throws Exception {
        Path file = folder.resolve("Metrics - Sam Carter.csv");
        Files.writeString(file, """
                Date,Equipment,Handedness,"Swing Details","Plane Score","Bat Speed (mph)","Power (kW)","Time to Contact (sec)"
                "Oct 14, 2024 04:02:11 PM",Meta,Right,Tee,61,70.2,4.03,0.145
                "Oct 14, 2024 04:02:21 PM",Meta,Right,Tee,58,69.8,2.01,0.07
                """);
        CollectingSink sink = new CollectingSink();
        blast.read(SourceFile.of(file), CHICAGO, sink);

        assertEquals(List.of(), sink.problems);
        assertEquals(4030.0, sink.swings.get(0).powerOutput(), "4.03 * 1000 in doubles is 4030.0000000000005");
        assertEquals(145.0, sink.swings.get(0).timeToContact());
        assertEquals(2010.0, sink.swings.get(1).powerOutput(), "2.01 * 1000 in doubles is 2009.9999999999998");
        assertEquals(70.0, sink.swings.get(1).timeToContact());
    }

    @Test
    void givenAMetricsExportWithoutDate_whenRead_thenTheErrorNamesTheMissingColumn() {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> read("invalid/blast-metrics-no-date.csv", CHICAGO));

        assertEquals("blast-metrics-no-date.csv", e.getFileName());
        assertEquals(1, e.getLine(), "the header's line");
        assertTrue(e.getProblem().startsWith("the header has no column 'Date'; found: Equipment, Handedness"), e.getProblem());
    }

    @Test
    void givenAnEmptyFile_whenRead_thenTheErrorSaysItIsEmpty() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("invalid/empty.csv", CHICAGO));

        assertTrue(e.getMessage().startsWith("empty.csv: the file is empty; expected a Blast Motion header"), e.getMessage());
    }

    @Test
    void givenAHitTraxExport_whenReadAsBlast_thenNoHeaderIsFound() {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> read("hittrax/jane-doe-2024-10-14.csv", CHICAGO));

        assertTrue(e.getProblem().startsWith("no header found in the first 41 lines"), e.getProblem());
    }
}
