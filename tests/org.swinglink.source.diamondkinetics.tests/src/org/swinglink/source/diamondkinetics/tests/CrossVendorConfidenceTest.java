package org.swinglink.source.diamondkinetics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Sources;

/**
 * Every vendor fixture against every built-in source: its own vendor claims it with at least 90,
 * every other source with exactly 0, so detection never depends on a close call.
 */
class CrossVendorConfidenceTest {
    private static List<SwingSource> sources;

    @TempDir
    Path folder;

    @BeforeAll
    static void findServices() {
        sources = List.of(Sources.await("hittrax"), Sources.await("blast"), Sources.await("diamond_kinetics"));
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({
            "hittrax/jane-doe-2024-10-14.csv,           hittrax",
            "hittrax/doe-jane-crlf.csv,                 hittrax",
            "hittrax/2018-with-sensor-columns.csv,      hittrax",
            "invalid/hittrax-bad-date.csv,              hittrax",
            "invalid/hittrax-bad-number.csv,            hittrax",
            "invalid/hittrax-header-only.csv,           hittrax",
            "'blast/Metrics - Klayton Kiser.csv',       blast",
            "blast/whoopblast-swing-data-complete.csv,  blast",
            "blast/whoopblast-swing-data3.csv,          blast",
            "blast/metrics-with-report-header.csv,      blast",
            "blast/team-all-swings.csv,                 blast",
            "blast/legacy-2017.csv,                     blast",
            "invalid/blast-metrics-no-date.csv,         blast",
            "dk/display-names.csv,                      diamond_kinetics",
            "dk/team-spreadsheet.csv,                   diamond_kinetics",
            "dk/api-names.csv,                          diamond_kinetics",
            "invalid/dk-bad-date.csv,                   diamond_kinetics",
            "invalid/dk-no-time-column.csv,             diamond_kinetics",
            "invalid/empty.csv,                         none",
            "invalid/grocery-list.csv,                  none" })
    void givenAFixture_thenOnlyItsOwnVendorClaimsIt(String fixture, String owner) throws Exception {
        FileSample sample = FileSample.of(SourceFile.of(Fixtures.copy(fixture, folder)));

        for (SwingSource source : sources) {
            int confidence = source.confidence(sample);
            if (source.id().equals(owner)) {
                assertTrue(confidence >= 90, source.id() + " should claim " + fixture + " but gave " + confidence);
            } else {
                assertEquals(0, confidence, source.id() + " must not claim " + fixture);
            }
        }
    }
}
