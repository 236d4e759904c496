package com.example.swingtag.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;

/** The parser through the SwingLink SPI only, as SwingLink calls it, over the sample exports. */
class SwingTagSourceTest {
    private final SwingTagSource source = new SwingTagSource();

    @Test
    void givenTheSampleExport_whenRead_thenEverySwingArrivesInSwingLinkUnits() throws Exception {
        Collected collected = read(sample("swingtag-jordan-reyes.csv"));

        assertEquals(12, collected.swings.size());
        assertEquals(List.of(), collected.problems);
        SensorSwingRecord first = collected.swings.get(0);
        assertEquals(4, first.line());
        assertEquals(Instant.parse("2026-03-14T18:02:11.250Z"), first.timestamp());
        assertEquals("Jordan Reyes", first.playerName());
        assertEquals("ST-4410", first.sensorDeviceId());
        assertEquals(105.8 / 1.609344, first.batSpeed(), 1e-9);
        assertEquals(133.0, first.timeToContact(), 1e-9);
        assertEquals("105.8", first.raw().get("bat_speed_kmh"));
    }

    @Test
    void givenBadCells_whenRead_thenEachBecomesARowProblemWithLineAndColumn() throws Exception {
        Collected collected = read(sample("swingtag-bad-rows.csv"));

        assertEquals(1, collected.swings.size());
        assertEquals(List.of("line 3, column 4: bat_speed_kmh: 'fast' is not a number",
                "line 4, column 2: recorded_utc: 'yesterday' is not a UTC time like 2026-03-14T18:02:11.250Z"),
                collected.problems.stream().map(RowProblem::describe).toList());
    }

    @Test
    void givenAFileWithoutTheRequiredColumns_whenRead_thenTheFormatErrorSaysWhatHeaderWasExpected(@TempDir Path folder)
            throws Exception {
        Path file = Files.writeString(folder.resolve("trimmed.csv"), "# SwingTag export v2\nswing_id;athlete\n1;Jordan Reyes\n");

        SourceFormatException error = assertThrows(SourceFormatException.class, () -> read(file));

        assertEquals("trimmed.csv: no header found in the first 3 lines; expected a SwingTag header naming swing_id, "
                + "recorded_utc, athlete and bat_speed_kmh, separated by ';'", error.getMessage());
    }

    @Test
    void givenSamples_whenJudged_thenEveryOptionalColumnAddsToTheRequiredOnesAndOtherFormatsScoreZero(@TempDir Path folder) throws Exception {
        Path trimmed = Files.writeString(folder.resolve("t.csv"), "swing_id;recorded_utc;athlete;bat_speed_kmh\n");
        Path blast = Files.writeString(folder.resolve("Metrics - Jane Doe.csv"),
                "Date,Equipment,Handedness,Swing Details,Plane Score,Connection Score,Rotation Score,Bat Speed (mph)\n");

        assertEquals(100, source.confidence(FileSample.of(SourceFile.of(sample("swingtag-jordan-reyes.csv")))));
        assertEquals(80, source.confidence(FileSample.of(SourceFile.of(trimmed))));
        assertEquals(0, source.confidence(FileSample.of(SourceFile.of(blast))));
        assertTrue(source.playerNameFromFileName("swingtag-jordan-reyes.csv").isEmpty());
    }

    private Collected read(Path file) throws IOException, SourceFormatException {
        Collected collected = new Collected();
        source.read(SourceFile.of(file), ReadOptions.systemDefaults(), collected);
        return collected;
    }

    private static Path sample(String name) throws URISyntaxException {
        return Path.of(SwingTagSourceTest.class.getResource("/" + name).toURI());
    }

    /** Keeps what the parser hands over. */
    private static final class Collected implements RecordSink {
        final List<SensorSwingRecord> swings = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();

        @Override
        public void battedBall(BattedBallRecord record) {
            throw new AssertionError("a sensor source never reports batted balls");
        }

        @Override
        public void sensorSwing(SensorSwingRecord record) {
            swings.add(record);
        }

        @Override
        public void rowProblem(RowProblem problem) {
            problems.add(problem);
        }
    }
}
