package org.swinglink.source.diamondkinetics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Sources;

/** How sure the Diamond Kinetics source is, from the start of a file only. */
class DiamondKineticsConfidenceTest {
    private static SwingSource dk;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        dk = Sources.await("diamond_kinetics");
    }

    private int confidenceOf(String fixture) throws Exception {
        return dk.confidence(FileSample.of(SourceFile.of(Fixtures.copy(fixture, folder))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dk/display-names.csv", "dk/team-spreadsheet.csv", "dk/api-names.csv",
            "invalid/dk-bad-date.csv", "invalid/dk-no-time-column.csv" })
    void givenADiamondKineticsFile_thenItIsClaimedWithHighConfidence(String fixture) throws Exception {
        int confidence = confidenceOf(fixture);

        assertTrue(confidence >= 90 && confidence <= 100, fixture + " got " + confidence);
    }

    @Test
    void givenTheHitTraxExportWithDkSensorColumns_thenHitTraxKeepsIt() throws Exception {
        assertEquals(0, confidenceOf("hittrax/2018-with-sensor-columns.csv"),
                "Velo, LA, Dist and Res make it a ball-tracker export");
    }

    @Test
    void givenTheSameDkColumnsWithoutHitTraxColumns_thenTheyAreEnoughToClaimIt() {
        FileSample dkColumnsOnly = new FileSample("swings.csv", List.of("Date,Trigger to Impact,Impact Momentum"));

        assertEquals(90, dk.confidence(dkColumnsOnly), "two DK-only columns");
    }

    @Test
    void givenOneDkColumnAndMetricsEverySensorHas_thenItIsNotClaimed() {
        FileSample oneDkColumn = new FileSample("swings.csv",
                List.of("Date,Max Barrel Speed (mph),Attack Angle (deg),Vertical Bat Angle (deg)"));

        assertEquals(0, dk.confidence(oneDkColumn));
    }

    @Test
    void givenEveryDisplayName_thenConfidenceIsFull() {
        FileSample full = new FileSample("dk.csv", List.of(
                "Date,Applied Swing Power (W),Impact Momentum (kg·m/s),Max Hand Speed (mph),Max Barrel Speed (mph),Trigger To Impact (ms)"));

        assertEquals(100, dk.confidence(full));
    }

    @Test
    void givenAnyFileName_thenDkNamesNoPlayerFromIt() {
        assertEquals(Optional.empty(), dk.playerNameFromFileName("Metrics - Klayton Kiser.csv"));
    }
}
