package org.swinglink.source.blast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.CollectingSink;
import org.swinglink.testing.DataRows;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Sources;

/** The three real Blast Metrics exports, read whole: every row must become a swing. */
class BlastRealExportsTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static SwingSource blast;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        blast = Sources.await("blast");
    }

    private CollectingSink read(String fixture, ZoneId zone) throws Exception {
        CollectingSink sink = new CollectingSink();
        blast.read(SourceFile.of(Fixtures.copy(fixture, folder)), new ReadOptions(zone), sink);
        return sink;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "blast/whoopblast-swing-data-complete.csv, 3123, 2020-05-19T15:19:29, 2022-01-22T18:54:13",
            "blast/whoopblast-swing-data3.csv,          544, 2021-09-20T16:31:14, 2022-01-13T14:40:02",
            "'blast/Metrics - Klayton Kiser.csv',        91, 2023-10-03T15:25:30, 2023-10-04T09:38:37" })
    void givenARealMetricsExport_whenRead_thenEveryRowIsASwingWithinTheFilesDateRange(String fixture, int rows,
            LocalDateTime earliest, LocalDateTime latest) throws Exception {
        CollectingSink sink = read(fixture, CHICAGO);

        assertEquals(List.of(), sink.problems);
        assertEquals(rows, sink.swings.size());
        assertEquals(rows, DataRows.startLines(folder.resolve(Path.of(fixture).getFileName()), 1).size(),
                "one swing per data line below the header");
        Instant first = earliest.atZone(CHICAGO).toInstant();
        Instant last = latest.atZone(CHICAGO).toInstant();
        Instant previous = Instant.MAX;
        for (SensorSwingRecord swing : sink.swings) {
            assertTrue(!swing.timestamp().isBefore(first) && !swing.timestamp().isAfter(last),
                    "line " + swing.line() + " at " + swing.timestamp() + " is outside " + first + " - " + last);
            assertTrue(!swing.timestamp().isAfter(previous), "rows are newest first; line " + swing.line());
            previous = swing.timestamp();
            assertEquals(Math.rint(swing.timeToContact()), swing.timeToContact(),
                    "seconds with two decimals are whole milliseconds; line " + swing.line());
            assertEquals(Math.rint(swing.powerOutput()), swing.powerOutput(), "kW with two decimals are whole watts");
            assertTrue(swing.batSpeed() > 30 && swing.batSpeed() < 100, "bat speed in mph: " + swing.batSpeed());
        }
        assertEquals(first, sink.swings.get(rows - 1).timestamp(), "the last row is the oldest swing");
        assertEquals(last, sink.swings.get(0).timestamp(), "the first row is the newest swing");
    }

    @Test
    void givenLowerCaseAmPm_whenRead_thenTheFirstAndLastSwingsAreMappedInSchemaUnits() throws Exception {
        List<SensorSwingRecord> swings = read("blast/Metrics - Klayton Kiser.csv", NEW_YORK).swings;

        SensorSwingRecord first = swings.get(0); // "Oct 04, 2023 09:38:37 am",Bat,Left,"Live Pitch",61,65,64,71.6,18.6,78,5,99,86,-47,4.67,0.14,21.5,,,
        assertSwing(first, 2, "2023-10-04T13:38:37Z", 71.6, 5.0, 140.0, 21.5, 4670.0);
        assertNull(first.playerName(), "a Metrics export names its player in the file name only");
        assertNull(first.sensorDeviceId());
        assertNull(first.blastFactor(), "Blast Factor exists in legacy exports only");
        assertNull(first.rotationMetric(), "Blast's rotation measures are not DK's; kept raw");
        assertEquals(20, first.raw().size());
        assertEquals("Live Pitch", first.raw().get("Swing Details"));
        assertEquals("18.6", first.raw().get("Rotational Acceleration (g)"));
        assertEquals("", first.raw().get("Exit Velocity (mph)"), "empty in every real file: raw only");
        assertEquals("Oct 04, 2023 09:38:37 am", first.raw().get("Date"));

        SensorSwingRecord last = swings.get(90); // "Oct 03, 2023 03:25:30 pm",...,68.2,17.8,72,21,98,76,-26,3.71,0.16,21.2,,,
        assertSwing(last, 92, "2023-10-03T19:25:30Z", 68.2, 21.0, 160.0, 21.2, 3710.0);
        assertEquals("Pitching Machine", last.raw().get("Swing Details"));
    }

    @Test
    void givenUpperCaseAmPmAcrossDaylightSaving_whenRead_thenEachSwingGetsItsDatesOffset() throws Exception {
        List<SensorSwingRecord> swings = read("blast/whoopblast-swing-data-complete.csv", CHICAGO).swings;

        // "Jan 22, 2022 06:54:13 PM","Avenge Pro Composite BBCOR",Right,"Pitching Machine",60,43,49,69.4,12.6,77,10,77,70,-27,3.75,0.16,21,,,
        assertSwing(swings.get(0), 2, "2022-01-23T00:54:13Z", 69.4, 10.0, 160.0, 21.0, 3750.0);
        assertEquals("Avenge Pro Composite BBCOR", swings.get(0).raw().get("Equipment"));
        // "May 19, 2020 03:19:29 PM","MLB Prime Maple-C271-White AFS",Right,Tee,59,43,66,62.5,15.8,76,8,68,78,-22,3.17,0.15,19.3,,,
        assertSwing(swings.get(3122), 3124, "2020-05-19T20:19:29Z", 62.5, 8.0, 150.0, 19.3, 3170.0);
        assertEquals("Tee", swings.get(3122).raw().get("Swing Details"));
    }

    @Test
    void givenTheSecondRealExport_whenRead_thenItsFirstAndLastSwingsAreExact() throws Exception {
        List<SensorSwingRecord> swings = read("blast/whoopblast-swing-data3.csv", CHICAGO).swings;

        // "Jan 13, 2022 02:40:02 PM",...,"General Practice",61,57,57,67.5,15.6,78,4,75,87,-28,3.74,0.15,20.5,,,
        assertSwing(swings.get(0), 2, "2022-01-13T20:40:02Z", 67.5, 4.0, 150.0, 20.5, 3740.0);
        // "Sep 20, 2021 04:31:14 PM",Meta,Right,"General Practice",52,50,48,64.6,12.1,68,4,76,80,-29,3.38,0.15,20.3,,,
        assertSwing(swings.get(543), 545, "2021-09-20T21:31:14Z", 64.6, 4.0, 150.0, 20.3, 3380.0);
        assertEquals("Meta", swings.get(543).raw().get("Equipment"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "blast/Metrics - Klayton Kiser.csv, 78, 72",
            "blast/whoopblast-swing-data-complete.csv, 77, 76",
            "blast/whoopblast-swing-data3.csv, 78, 68" })
    void givenARealMetricsExport_whenRead_thenEachSwingCarriesItsOnPlaneEfficiencyInPercent(String fixture,
            double firstPercent, double lastPercent) throws Exception {
        List<SensorSwingRecord> swings = read(fixture, CHICAGO).swings;

        assertEquals(firstPercent, swings.get(0).metric("on_plane_efficiency"), "the first row's On Plane Efficiency (%)");
        assertEquals(lastPercent, swings.get(swings.size() - 1).metric("on_plane_efficiency"), "the last row's");
        for (SensorSwingRecord swing : swings) {
            String written = swing.raw().get("On Plane Efficiency (%)");
            assertEquals(written.isEmpty() ? null : Double.valueOf(written), swing.metric("on_plane_efficiency"),
                    "line " + swing.line() + " as written, a percentage");
        }
    }

    static void assertSwing(SensorSwingRecord swing, long line, String instant, double batSpeedMph,
            double attackAngleDegrees, double timeToContactMs, double peakHandSpeedMph, double powerWatts) {
        assertEquals(line, swing.line(), "line");
        assertEquals(Instant.parse(instant), swing.timestamp(), "timestamp of line " + line);
        assertEquals(batSpeedMph, swing.batSpeed(), "bat speed, mph");
        assertEquals(attackAngleDegrees, swing.attackAngle(), "attack angle, degrees");
        assertEquals(timeToContactMs, swing.timeToContact(), "time to contact, ms");
        assertEquals(peakHandSpeedMph, swing.peakHandSpeed(), "peak hand speed, mph");
        assertEquals(powerWatts, swing.powerOutput(), "power, W (exact: 4.03 kW is 4030.0, not 4030.0000000000005)");
    }
}
