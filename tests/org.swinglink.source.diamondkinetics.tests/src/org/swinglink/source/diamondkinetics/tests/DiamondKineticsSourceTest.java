package org.swinglink.source.diamondkinetics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The Diamond Kinetics source as the importer sees it, on each of DK's three column spellings. */
class DiamondKineticsSourceTest {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));

    private static SwingSource dk;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        dk = Sources.await("diamond_kinetics");
    }

    private CollectingSink read(String fixture, ReadOptions options) throws Exception {
        return read(Fixtures.copy(fixture, folder), options);
    }

    private static CollectingSink read(Path file, ReadOptions options) throws Exception {
        CollectingSink sink = new CollectingSink();
        dk.read(SourceFile.of(file), options, sink);
        return sink;
    }

    @Test
    void givenTheRegisteredService_thenItDescribesDiamondKineticsSensorSwings() {
        assertEquals("Diamond Kinetics", dk.displayName());
        assertEquals(RecordKind.SENSOR_SWINGS, dk.recordKind());
    }

    @Test
    void givenDisplayNamesWithUnits_whenRead_thenEveryMetricIsMappedInSchemaUnits() throws Exception {
        CollectingSink sink = read("dk/display-names.csv", CHICAGO);

        assertEquals(List.of(), sink.problems);
        assertEquals(12, sink.swings.size());
        // 10/14/2024 4:02:09 PM,1564,11.6,15.6,22.9,72.4,70,158,1.2,2.6,33.4,-43.3
        SensorSwingRecord first = sink.swings.get(0);
        assertEquals(3, first.line(), "below a title line and the header");
        assertEquals(Instant.parse("2024-10-14T21:02:09Z"), first.timestamp(), "4:02:09 PM in Chicago (CDT, UTC-5)");
        assertEquals(72.4, first.batSpeed(), "Max Barrel Speed, mph");
        assertEquals(22.9, first.peakHandSpeed(), "Max Hand Speed, mph");
        assertEquals(158.0, first.timeToContact(), "Trigger To Impact, ms");
        assertEquals(1.2, first.attackAngle(), "Attack Angle, degrees");
        assertEquals(1564.0, first.powerOutput(), "Applied Swing Power, W");
        assertEquals(11.6, first.rotationMetric(), "Max Acceleration, g");
        assertNull(first.blastFactor());
        assertNull(first.sensorDeviceId());
        assertNull(first.playerName(), "no player column");
        assertEquals(12, first.raw().size());
        assertEquals("15.6", first.raw().get("Impact Momentum (kg·m/s)"), "read as UTF-8, kept raw");
        assertEquals("33.4", first.raw().get("Distance In The Zone (in)"));
        assertEquals("10/14/2024 4:02:09 PM", first.raw().get("Date/Time"));
        SensorSwingRecord last = sink.swings.get(11); // 10/14/2024 4:12:01 PM,862,19.5,11.3,20.0,60.2,87,132,6.7,...
        assertEquals(14, last.line());
        assertEquals(Instant.parse("2024-10-14T21:12:01Z"), last.timestamp());
        assertEquals(60.2, last.batSpeed());
        assertEquals(132.0, last.timeToContact());
        assertEquals(862.0, last.powerOutput());
    }

    @Test
    void givenTeamSpreadsheetNames_whenRead_thenFirstAndLastNameMakeThePlayer() throws Exception {
        CollectingSink sink = read("dk/team-spreadsheet.csv", CHICAGO);

        assertEquals(List.of(), sink.problems);
        assertEquals(10, sink.swings.size());
        // Mia,Thompson,2024-05-03 15:30:12,71.8,22.5,13.5,185,18.0,9.5,4.3
        SensorSwingRecord first = sink.swings.get(0);
        assertEquals(2, first.line());
        assertEquals("Mia Thompson", first.playerName());
        assertEquals(Instant.parse("2024-05-03T20:30:12Z"), first.timestamp());
        assertEquals(71.8, first.batSpeed());
        assertEquals(22.5, first.peakHandSpeed());
        assertEquals(185.0, first.timeToContact());
        assertEquals(9.5, first.attackAngle());
        assertEquals(18.0, first.rotationMetric(), "Maximum Acceleration, g");
        assertNull(first.powerOutput(), "the spreadsheet has no power column");
        assertEquals("13.5", first.raw().get("Impact Momentum"));
        assertEquals("4.3", first.raw().get("Hand Cast"));
        assertEquals("Mia", first.raw().get("First Name"), "the byte order mark is not part of the first column");
        SensorSwingRecord eli = sink.swings.get(5); // Eli,Brooks,2024-05-03 15:58:40,60.1,20.1,12.6,155,26.6,9.1,2.8
        assertEquals("Eli Brooks", eli.playerName());
        assertEquals(7, eli.line());
        assertEquals(60.1, eli.batSpeed());
        assertEquals(155.0, eli.timeToContact());
    }

    @Test
    void givenApiNamesAndEpochMilliseconds_whenRead_thenTheSwingTimeIsExactAndNotTheUploadTime() throws Exception {
        CollectingSink sink = read("dk/api-names.csv", CHICAGO);
        Instant inUtc = read("dk/api-names.csv", new ReadOptions(ZoneId.of("UTC"))).swings.get(0).timestamp();

        assertEquals(List.of(), sink.problems);
        assertEquals(10, sink.swings.size());
        // sw-90551,Chris Ortega,1721501102844,77.5,25.5,157,16.0,2340,20.8,16.3,77,3.3,25.1,-24.9,2024-07-20T19:31:15Z
        SensorSwingRecord first = sink.swings.get(0);
        assertEquals(Instant.ofEpochMilli(1721501102844L), first.timestamp(), "timestamp, not createdAt");
        assertEquals(Instant.parse("2024-07-20T18:45:02.844Z"), first.timestamp());
        assertEquals(first.timestamp(), inUtc, "epoch milliseconds do not depend on the zone");
        assertEquals("Chris Ortega", first.playerName(), "playerName");
        assertEquals(77.5, first.batSpeed(), "speedBarrelMax");
        assertEquals(25.5, first.peakHandSpeed(), "speedHandsMax");
        assertEquals(157.0, first.timeToContact(), "quicknessTriggerImpact");
        assertEquals(16.0, first.attackAngle(), "controlApproachAngleImpact");
        assertEquals(2340.0, first.powerOutput(), "powerApplied");
        assertEquals(20.8, first.rotationMetric(), "accelerationMax");
        assertEquals("16.3", first.raw().get("momentumImpact"));
        assertEquals("sw-90551", first.raw().get("swingId"));
        assertEquals(-4.5, sink.swings.get(9).attackAngle(), "a negative attack angle is a valid value");
    }

    @Test
    void givenAnImpossibleTimestamp_whenRead_thenThatRowIsReportedAtItsLineAndColumnAndTheRestIsRead() throws Exception {
        CollectingSink sink = read("invalid/dk-bad-date.csv", CHICAGO);

        assertEquals(4, sink.swings.size());
        assertEquals(List.of(2L, 3L, 5L, 6L), sink.swings.stream().map(SensorSwingRecord::line).toList());
        assertEquals(1, sink.problems.size());
        RowProblem problem = sink.problems.get(0);
        assertEquals(4, problem.line());
        assertEquals(1, problem.column());
        assertTrue(problem.message().startsWith("Timestamp: '2024-10-14T25:10:00-05:00' is not a date and time like "
                + "2024-10-14 16:02:11, 2024-10-14T16:02:11-05:00,"), problem.message());
        assertTrue(problem.message().endsWith(" or epoch milliseconds such as 1728939731000"), problem.message());
        assertEquals(Instant.parse("2024-10-14T21:02:09Z"), sink.swings.get(0).timestamp(), "an offset in the cell wins");
    }

    @Test
    void givenNoTimeColumn_whenRead_thenTheFileIsRejectedNamingTheColumnsLookedFor() {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> read("invalid/dk-no-time-column.csv", CHICAGO));

        assertEquals("dk-no-time-column.csv", e.getFileName());
        assertEquals(1, e.getLine());
        assertEquals("the header has no column 'Timestamp' (nor Date/Time, Date, Swing Date, Swing Time, swingDate, "
                + "createdAt); found: First Name, Last Name, Maximum Barrel Speed, Maximum Hand Speed, Trigger To Impact, "
                + "Attack Angle", e.getProblem());
    }

    @Test
    void givenOddCaseAndSpacingAndAUnitOnEveryName_whenRead_thenColumnsAreStillFound() throws Exception {
        Path file = folder.resolve("dk-odd-names.csv");
        Files.writeString(file, """
                  swing time , NAME ,MAXIMUM BARREL SPEED (MPH), max hand speed(mph) ,Trigger to impact (ms),attack angle (°)
                10/14/2024 16:02:09, Dana Lee ,70.3,23.1,162,8.5
                """);

        CollectingSink sink = read(file, CHICAGO);

        assertEquals(List.of(), sink.problems);
        SensorSwingRecord swing = sink.swings.get(0);
        assertEquals(Instant.parse("2024-10-14T21:02:09Z"), swing.timestamp());
        assertEquals("Dana Lee", swing.playerName(), "a single Name column");
        assertEquals(70.3, swing.batSpeed());
        assertEquals(23.1, swing.peakHandSpeed());
        assertEquals(162.0, swing.timeToContact());
        assertEquals(8.5, swing.attackAngle());
    }

    @Test
    void givenSeveralTimeColumns_whenRead_thenTimestampIsPreferredOverDateAndCreatedAt() throws Exception {
        Path file = folder.resolve("dk-several-times.csv");
        Files.writeString(file, """
                createdAt,Date,Timestamp,speedBarrelMax,speedHandsMax
                2024-10-15T08:00:00Z,2024-10-14,2024-10-14T16:02:09-05:00,70.3,23.1
                """);

        CollectingSink sink = read(file, CHICAGO);

        assertEquals(Instant.parse("2024-10-14T21:02:09Z"), sink.swings.get(0).timestamp());
    }

    @Test
    void givenTextWhereANumberBelongs_whenRead_thenTheCellIsNamed() throws Exception {
        Path file = folder.resolve("dk-bad-number.csv");
        Files.writeString(file, """
                Date,Max Barrel Speed (mph),Max Hand Speed (mph)
                2024-10-14 16:02:09,fast,23.1
                """);

        CollectingSink sink = read(file, CHICAGO);

        assertEquals(List.of(new RowProblem(2, 2, "Max Barrel Speed (mph): 'fast' is not a number")), sink.problems);
    }

    @Test
    void givenAnEmptyFile_whenRead_thenTheErrorSaysItIsEmpty() {
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("invalid/empty.csv", CHICAGO));

        assertTrue(e.getMessage().startsWith("empty.csv: the file is empty; expected a Diamond Kinetics header"), e.getMessage());
    }

    @Test
    void givenTheHitTraxExportWithDkColumns_whenReadAsDk_thenNoHeaderIsFound() {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> read("hittrax/2018-with-sensor-columns.csv", CHICAGO));

        assertTrue(e.getProblem().startsWith("no header found"), e.getProblem());
    }
}
