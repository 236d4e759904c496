package org.swinglink.source.diamondkinetics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;
import org.swinglink.testing.CollectingSink;
import org.swinglink.testing.DataRows;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Sources;

/** One test over every Diamond Kinetics fixture: each data row becomes a swing or a row problem. */
class DiamondKineticsFixturesTest {
    private static SwingSource dk;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        dk = Sources.await("diamond_kinetics");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dk/display-names.csv,     2, 12, 0",
            "dk/team-spreadsheet.csv,  1, 10, 0",
            "dk/api-names.csv,         1, 10, 0",
            "invalid/dk-bad-date.csv,  1,  4, 1" })
    void givenADkFixture_whenRead_thenEveryDataRowBecomesASwingOrARowProblem(String fixture, long headerLine,
            int swings, int problems) throws Exception {
        Path file = Fixtures.copy(fixture, folder);
        CollectingSink sink = new CollectingSink();

        dk.read(SourceFile.of(file), new ReadOptions(ZoneId.of("America/Chicago")), sink);

        assertEquals(swings, sink.swings.size(), "swings");
        assertEquals(problems, sink.problems.size(), "row problems: " + sink.problems);
        List<Long> readLines = Stream.concat(sink.swings.stream().map(SensorSwingRecord::line),
                sink.problems.stream().map(RowProblem::line)).sorted().toList();
        assertEquals(DataRows.startLines(file, headerLine), readLines);
        for (SensorSwingRecord swing : sink.swings) {
            assertTrue(swing.timestamp() != null, "DK swings are always pairable; line " + swing.line());
            assertTrue(swing.batSpeed() >= 55 && swing.batSpeed() <= 80, "barrel speed in mph: " + swing.batSpeed());
            assertTrue(swing.peakHandSpeed() >= 18 && swing.peakHandSpeed() <= 26, "hand speed in mph: " + swing.peakHandSpeed());
            assertTrue(swing.timeToContact() >= 130 && swing.timeToContact() <= 190, "trigger to impact in ms: " + swing.timeToContact());
        }
    }
}
