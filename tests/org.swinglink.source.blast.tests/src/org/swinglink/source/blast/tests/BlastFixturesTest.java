package org.swinglink.source.blast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** One test over every Blast fixture: no data row is lost, each becomes a swing or a row problem. */
class BlastFixturesTest {
    private static SwingSource blast;

    @TempDir
    Path folder;

    @BeforeAll
    static void findService() {
        blast = Sources.await("blast");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'blast/Metrics - Klayton Kiser.csv',        1,   91, 0",
            "blast/whoopblast-swing-data-complete.csv,  1, 3123, 0",
            "blast/whoopblast-swing-data3.csv,          1,  544, 0",
            "blast/metrics-with-report-header.csv,      9,   12, 0",
            "blast/team-all-swings.csv,                 1,   14, 1",
            "blast/legacy-2017.csv,                     1,   10, 0" })
    void givenABlastFixture_whenRead_thenEveryDataRowBecomesASwingOrARowProblem(String fixture, long headerLine,
            int swings, int problems) throws Exception {
        Path file = Fixtures.copy(fixture, folder);
        CollectingSink sink = new CollectingSink();

        blast.read(SourceFile.of(file), new ReadOptions(ZoneId.of("America/Chicago")), sink);

        assertEquals(swings, sink.swings.size(), "swings");
        assertEquals(problems, sink.problems.size(), "row problems: " + sink.problems);
        List<Long> readLines = Stream.concat(sink.swings.stream().map(SensorSwingRecord::line),
                sink.problems.stream().map(RowProblem::line)).sorted().toList();
        assertEquals(DataRows.startLines(file, headerLine), readLines);
    }
}
