package org.swinglink.source.hittrax.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.source.api.BattedBallRecord;
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

/** The HitTrax source as the importer sees it: an OSGi service reading real files. */
class HitTraxSourceTest {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));

    private static SwingSource hittrax;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        hittrax = Sources.await("hittrax");
    }

    private CollectingSink read(String fixture, ReadOptions options) throws Exception {
        CollectingSink sink = new CollectingSink();
        hittrax.read(SourceFile.of(Fixtures.copy(fixture, folder)), options, sink);
        return sink;
    }

    private CollectingSink readText(String csv) throws Exception {
        Path file = folder.resolve("export.csv");
        Files.writeString(file, csv);
        CollectingSink sink = new CollectingSink();
        hittrax.read(SourceFile.of(file), CHICAGO, sink);
        return sink;
    }

    @Test
    void givenTheRegisteredService_thenItDescribesHitTrax() {
        assertEquals("HitTrax", hittrax.displayName());
        assertEquals(RecordKind.BATTED_BALL_EVENTS, hittrax.recordKind());
    }

    @Test
    void givenTitleLinesAboveTheHeader_whenRead_thenEveryPitchBecomesARecordWithItsLine() throws Exception {
        CollectingSink sink = read("hittrax/jane-doe-2024-10-14.csv", CHICAGO);

        assertEquals(List.of(), sink.problems);
        assertEquals(48, sink.battedBalls.size());
        for (int i = 0; i < 48; i++) {
            assertEquals(4 + i, sink.battedBalls.get(i).line(), "rows start on line 4, below two title lines and the header");
        }
    }

    @Test
    void givenAFirstRow_whenRead_thenEveryColumnIsMappedWithItsUnit() throws Exception {
        BattedBallRecord first = read("hittrax/jane-doe-2024-10-14.csv", CHICAGO).battedBalls.get(0);

        assertEquals(Instant.parse("2024-10-14T21:02:11.415Z"), first.timestamp(), "16:02:11.415 in Chicago (CDT, UTC-5)");
        assertEquals(1, first.pitchNumber());
        assertEquals(1, first.atBat());
        assertEquals(49.1, first.pitchSpeed());
        assertEquals(13, first.strikeZone());
        assertNull(first.pitchType(), "N/A means no pitch type");
        assertEquals(65.5, first.exitVelocity());
        assertEquals(38.0, first.launchAngle());
        assertEquals(182.0, first.distance());
        assertEquals(12.0, first.horizontalAngle());
        assertEquals("2B-8", first.result());
        assertEquals("FB", first.hitType());
        assertEquals(3, first.points());
        assertEquals(37.8, first.sprayChartX());
        assertEquals(178.0, first.sprayChartZ());
        assertEquals("Jane Doe", first.playerName());
        assertEquals(33, first.raw().size(), "every column of the row is kept");
        assertEquals("65.5", first.raw().get("Velo"));
        assertEquals("10/14/2024 16:02:11.415", first.raw().get("Date"));
    }

    @Test
    void givenPitchesWithVeloZero_whenRead_thenTheyAreTakesWithoutBattedBall() throws Exception {
        List<BattedBallRecord> records = read("hittrax/jane-doe-2024-10-14.csv", CHICAGO).battedBalls;

        List<BattedBallRecord> takes = records.stream().filter(r -> !r.hasBattedBall()).toList();
        assertEquals(8, takes.size());
        for (BattedBallRecord take : takes) {
            assertNull(take.exitVelocity());
            assertNull(take.launchAngle(), "launch angle of a take is not 0 degrees but unknown");
            assertNull(take.distance());
            assertEquals("0", take.raw().get("Velo"), "the original value stays in the raw row");
        }
    }

    @Test
    void givenTheSameFileInTwoZones_whenRead_thenTimestampsDifferByTheZoneOffset() throws Exception {
        Instant chicago = read("hittrax/jane-doe-2024-10-14.csv", CHICAGO).battedBalls.get(0).timestamp();
        Instant utc = read("hittrax/jane-doe-2024-10-14.csv", new ReadOptions(ZoneId.of("UTC"))).battedBalls.get(0).timestamp();

        assertEquals(Instant.parse("2024-10-14T16:02:11.415Z"), utc);
        assertEquals(5 * 3600, chicago.getEpochSecond() - utc.getEpochSecond());
    }

    @Test
    void givenCrlfLineEndsAndTheHeaderOnLineOne_whenRead_thenLinesAreCountedRight() throws Exception {
        CollectingSink sink = read("hittrax/doe-jane-crlf.csv", CHICAGO);

        assertEquals(25, sink.battedBalls.size());
        assertEquals(2, sink.battedBalls.get(0).line());
        assertEquals(26, sink.battedBalls.get(24).line());
        assertEquals(7, sink.battedBalls.stream().filter(r -> !r.hasBattedBall()).count());
        assertEquals("jane  doe", sink.battedBalls.get(0).playerName(), "names are passed on as written");
    }

    @Test
    void givenThe2018ExportWithSensorColumns_whenRead_thenItReadsWithoutPitchNumbers() throws Exception {
        CollectingSink sink = read("hittrax/2018-with-sensor-columns.csv", CHICAGO);

        assertEquals(List.of(), sink.problems);
        assertEquals(3, sink.battedBalls.size());
        BattedBallRecord first = sink.battedBalls.get(0);
        assertNull(first.pitchNumber(), "this export has no # column");
        assertNull(first.strikeZone(), "a blank strike zone is unknown");
        assertNull(first.pitchSpeed(), "Pitch 0 is an untracked pitch");
        assertNull(first.playerName(), "a blank User names nobody");
        assertEquals("4-3", first.result());
        assertEquals(52.9, first.exitVelocity());
        assertFalse(sink.battedBalls.get(1).hasBattedBall());
        assertEquals("21.4", sink.battedBalls.get(2).raw().get("Hand Speed"), "sensor columns are kept raw");
    }

    @Test
    void givenThe2018RowWithAllSensorCellsZero_whenRead_thenItIsABallWithoutASwing() throws Exception {
        CollectingSink sink = read("hittrax/2018-with-sensor-columns.csv", CHICAGO);

        assertEquals(1, sink.pairs.size(), "only the third row has sensor readings");
        assertEquals(4, sink.pairs.get(0).event().line());
        assertEquals(List.of(sink.pairs.get(0).swing()), sink.swings);
    }

    @Test
    void givenAnExportWithDiamondKineticsColumns_whenRead_thenEachMeasuredRowIsABallWithItsSwingPairedInTheFile()
            throws Exception {
        CollectingSink sink = read("hittrax/2018-dk-jane-doe.csv", CHICAGO);

        assertEquals(List.of(), sink.problems);
        assertEquals(12, sink.battedBalls.size());
        assertEquals(8, sink.pairs.size());
        assertEquals(List.of(2L, 3L, 4L, 6L, 7L, 9L, 10L, 12L), sink.pairs.stream().map(p -> p.event().line()).toList(),
                "rows 5, 8, 11 and 13 have all sensor cells 0: balls (or takes) without a swing");
        CollectingSink.InFilePair first = sink.pairs.get(0);
        assertEquals("diamond_kinetics", first.sensorType(), "the swing is DK's, not HitTrax's");
        SensorSwingRecord swing = first.swing();
        assertEquals(first.event().timestamp(), swing.timestamp(), "HitTrax's own time: the file pairs them");
        assertEquals(Instant.parse("2018-11-26T23:02:05.311Z"), swing.timestamp(), "17:02:05.311 in Chicago (CST, UTC-6)");
        assertEquals(2L, swing.line());
        assertEquals("Jane Doe", swing.playerName());
        assertEquals(68.4, swing.batSpeed(), "BV, mph");
        assertEquals(22.6, swing.peakHandSpeed(), "Hand Speed, mph");
        assertEquals(149.0, swing.timeToContact(), "Trigger to Impact, ms");
        assertEquals(9.0, swing.attackAngle(), "AA, degrees");
        assertNull(swing.powerOutput());
        assertEquals(Map.of("Hand Speed", "22.6", "BV", "68.4", "Trigger to Impact", "149", "AA", "9", "Impact Momentum",
                "8.1"), swing.raw(), "the sensor's own cells, Impact Momentum (kg·m/s) among them");
        assertEquals(71.2, first.event().exitVelocity());
    }

    @Test
    void givenASwingAndMiss_whenRead_thenTheSwingIsPairedWithAPitchWithoutABallAndAZeroAttackAngleIsAReading()
            throws Exception {
        CollectingSink.InFilePair miss = read("hittrax/2018-dk-jane-doe.csv", CHICAGO).pairs.get(4);

        assertEquals(7, miss.event().line());
        assertFalse(miss.event().hasBattedBall(), "Velo 0: no ball");
        assertEquals(61.3, miss.swing().batSpeed());
        assertEquals(0.0, miss.swing().attackAngle(), "AA 0 beside other readings is a level swing, not a gap");
    }

    @Test
    void givenSensorCellsThatAreZeroOrEmptyBesideReadings_whenRead_thenThoseMetricsAreEmptyNotZero() throws Exception {
        CollectingSink sink = readText("""
                 AB,Date, Velo, LA, Dist, Res, Hand Speed, BV, Trigger to Impact, AA, Impact Momentum, User
                1, 11/26/2018 16:08:24.883,71.0,12,200, 1B-8,0,66.5,,-3,0,Ann Lee
                2, 11/26/2018 16:08:39.120,0,0,0, ,,,,,,Ann Lee
                3, 11/26/2018 16:08:51.006,80.2,20,260, 2B-7,N/A,N/A,N/A,N/A,N/A,Ann Lee
                """);

        assertEquals(List.of(), sink.problems);
        assertEquals(3, sink.battedBalls.size());
        assertEquals(1, sink.pairs.size(), "empty and N/A cells are no reading either");
        SensorSwingRecord swing = sink.pairs.get(0).swing();
        assertEquals(66.5, swing.batSpeed());
        assertNull(swing.peakHandSpeed(), "a hand speed of 0 is not measured");
        assertNull(swing.timeToContact());
        assertEquals(-3.0, swing.attackAngle());
    }

    @Test
    void givenOnlyTwoSensorColumnsInAnyCase_whenRead_thenTheSetIsRecognised() throws Exception {
        CollectingSink sink = readText("""
                #, Date, Velo, LA, Dist, Res, bv, aa, User
                1, 11/26/2018 16:08:24.883,71.0,12,200, 1B-8,66.5,7,Ann Lee
                """);

        assertEquals(1, sink.pairs.size());
        assertEquals(66.5, sink.pairs.get(0).swing().batSpeed());
        assertEquals(7.0, sink.pairs.get(0).swing().attackAngle());
    }

    @Test
    void givenASingleSensorLikeColumn_whenRead_thenNoSwingIsMadeOfIt() throws Exception {
        CollectingSink sink = readText("""
                #, Date, Velo, LA, Dist, Res, BV, User
                1, 11/26/2018 16:08:24.883,71.0,12,200, 1B-8,66.5,Ann Lee
                """);

        assertEquals(List.of(), sink.pairs, "one column is too little to tell a sensor's set");
        assertEquals(1, sink.battedBalls.size());
        assertEquals("66.5", sink.battedBalls.get(0).raw().get("BV"), "kept raw");
    }

    @Test
    void givenAnExportWithoutSensorColumns_whenRead_thenNoSwingIsMade() throws Exception {
        CollectingSink sink = read("hittrax/jane-doe-2024-10-14.csv", CHICAGO);

        assertEquals(List.of(), sink.pairs);
        assertEquals(List.of(), sink.swings);
    }

    @Test
    void givenASensorCellThatIsNotANumber_whenRead_thenThatRowIsReportedAtItsColumnAndTheRestIsRead() throws Exception {
        CollectingSink sink = readText("""
                 AB,Date, Velo, LA, Dist, Res, Hand Speed, BV, Trigger to Impact, AA, Impact Momentum, User
                1, 11/26/2018 16:08:24.883,71.0,12,200, 1B-8,22.1,66.5,150,4,7.7,Ann Lee
                2, 11/26/2018 16:08:39.120,75.0,15,230, 1B-9,22.8,fast,148,6,8.0,Ann Lee
                """);

        assertEquals(1, sink.problems.size());
        RowProblem problem = sink.problems.get(0);
        assertEquals(3, problem.line());
        assertEquals(8, problem.column());
        assertTrue(problem.message().contains("BV: 'fast' is not a number"), problem.message());
        assertEquals(1, sink.pairs.size());
    }

    @Test
    void givenAnImpossibleDate_whenRead_thenThatRowIsReportedAtItsLineAndColumnAndTheRestIsRead() throws Exception {
        CollectingSink sink = read("invalid/hittrax-bad-date.csv", CHICAGO);

        assertEquals(1, sink.problems.size());
        RowProblem problem = sink.problems.get(0);
        assertEquals(7, problem.line());
        assertEquals(3, problem.column());
        assertTrue(problem.message().contains("'10/44/2024 16:07:02.118' is not a date like"), problem.message());
        assertEquals(47, sink.battedBalls.size());
    }

    @Test
    void givenTextWhereANumberBelongs_whenRead_thenTheCellIsNamed() throws Exception {
        CollectingSink sink = read("invalid/hittrax-bad-number.csv", CHICAGO);

        assertEquals(1, sink.problems.size());
        assertEquals(new RowProblem(12, 8, "Velo: 'fast' is not a number"), sink.problems.get(0));
    }

    @Test
    void givenOnlyAHeader_whenRead_thenThereAreNoRecordsAndNoProblems() throws Exception {
        CollectingSink sink = read("invalid/hittrax-header-only.csv", CHICAGO);

        assertEquals(0, sink.battedBalls.size());
        assertEquals(0, sink.problems.size());
    }

    @Test
    void givenAnEmptyFile_whenRead_thenTheErrorSaysItIsEmpty() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("invalid/empty.csv", CHICAGO));

        assertEquals("empty.csv", e.getFileName());
        assertTrue(e.getMessage().startsWith("empty.csv: the file is empty"), e.getMessage());
    }

    @Test
    void givenAnotherKindOfCsv_whenRead_thenTheErrorSaysNoHeaderWasFound() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("invalid/grocery-list.csv", CHICAGO));

        assertTrue(e.getMessage().contains("no header found in the first 3 lines"), e.getMessage());
    }
}
