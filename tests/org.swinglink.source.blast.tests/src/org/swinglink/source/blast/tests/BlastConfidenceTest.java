package org.swinglink.source.blast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Sources;

/** How sure the Blast source is, from the start of a file; and whose file a Metrics export is by its name. */
class BlastConfidenceTest {
    private static SwingSource blast;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        blast = Sources.await("blast");
    }

    private int confidenceOf(String fixture) throws Exception {
        return blast.confidence(FileSample.of(SourceFile.of(Fixtures.copy(fixture, folder))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "blast/Metrics - Klayton Kiser.csv", "blast/whoopblast-swing-data-complete.csv",
            "blast/whoopblast-swing-data3.csv", "blast/metrics-with-report-header.csv", "blast/team-all-swings.csv",
            "blast/legacy-2017.csv", "invalid/blast-metrics-no-date.csv" })
    void givenABlastExport_thenItIsClaimedWithHighConfidence(String fixture) throws Exception {
        int confidence = confidenceOf(fixture);

        assertTrue(confidence >= 90 && confidence <= 100, fixture + " got " + confidence);
    }

    @ParameterizedTest
    @ValueSource(strings = { "hittrax/jane-doe-2024-10-14.csv", "hittrax/doe-jane-crlf.csv",
            "hittrax/2018-with-sensor-columns.csv", "invalid/hittrax-header-only.csv", "dk/display-names.csv",
            "dk/team-spreadsheet.csv", "dk/api-names.csv", "invalid/dk-bad-date.csv", "invalid/dk-no-time-column.csv",
            "invalid/empty.csv", "invalid/grocery-list.csv" })
    void givenAnotherVendorsFileOrNoExport_thenItIsNotClaimed(String fixture) throws Exception {
        assertEquals(0, confidenceOf(fixture));
    }

    @Test
    void givenOnlyMetricColumnsEveryBatSensorHas_thenItIsNotClaimed() {
        FileSample sharedColumnsOnly = new FileSample("swings.csv", List.of(
                "Date,Bat Speed (mph),Attack Angle (deg),Vertical Bat Angle (deg),Time to Contact (sec)"));

        assertEquals(0, blast.confidence(sharedColumnsOnly), "no column only a Blast export writes");
    }

    @Test
    void givenAFileNamedLikeABlastExportButWithAnotherHeader_thenItIsNotClaimed() {
        FileSample renamed = new FileSample("Metrics - Jane Doe.csv", List.of("Name,Item,Price", "Jane,Apples,2.50"));

        assertEquals(0, blast.confidence(renamed));
    }

    @ParameterizedTest
    @CsvSource({
            "'Metrics - Klayton Kiser.csv',            Klayton Kiser",
            "'Metrics - Klayton Kiser (1).csv',        Klayton Kiser",
            "'metrics - jane doe.CSV',                 jane doe",
            "'METRICS-Ana María Ruiz.txt',             Ana María Ruiz",
            "'exports/2023/Metrics - Sam Carter.csv',  Sam Carter",
            "'C:\\Downloads\\Metrics - Sam Carter (12).csv', Sam Carter",
            "'Metrics - J. R. Smith.csv',              J. R. Smith",
            "'Metrics - Sam Carter',                   Sam Carter" })
    void givenAMetricsExportName_whenAskedForThePlayer_thenTheNameIsTaken(String fileName, String player) {
        assertEquals(Optional.of(player), blast.playerNameFromFileName(fileName));
    }

    @ParameterizedTest
    @ValueSource(strings = { "whoopblast-swing-data3.csv", "Metrics.csv", "Metrics - .csv", "Metrics - (1).csv",
            "team-all-swings.csv", "Swing Metrics Summary.csv", "" })
    void givenAnotherFileName_whenAskedForThePlayer_thenThereIsNone(String fileName) {
        assertEquals(Optional.empty(), blast.playerNameFromFileName(fileName));
    }
}
