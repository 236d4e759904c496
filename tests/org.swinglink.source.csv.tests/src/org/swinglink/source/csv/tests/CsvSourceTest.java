package org.swinglink.source.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.csv.ColumnRule;
import org.swinglink.source.csv.CsvHeader;
import org.swinglink.source.csv.CsvSource;
import org.swinglink.source.csv.CsvTable;
import org.swinglink.source.csv.RowReader;
import org.swinglink.source.csv.TimestampFormats;
import org.swinglink.testing.CollectingSink;

/** A vendor written on the SDK, as a third party writes one: its columns, delimiters and row mapping. */
class CsvSourceTest {
    /** A made-up sensor written with a comma, a semicolon or a tab; the player may be named above the header. */
    static final class AcmeSource extends CsvSource {
        AcmeSource() {
            super("acme", "Acme", RecordKind.SENSOR_SWINGS,
                    ColumnRule.requiring("Time", "Speed (mph)").optional(10, "Serial", "Player"), "an Acme header");
        }

        @Override
        protected String delimiters() {
            return ",;\t";
        }

        @Override
        protected RowReader rowReader(CsvTable table, ReadOptions options) throws SourceFormatException {
            int time = table.requireColumn("Time");
            int speed = table.requireColumn("Speed (mph)");
            int serial = table.optionalColumn("Serial");
            String player = table.preamble().isEmpty() ? null : table.preamble().get(0).get(1);
            return RowReader.swings(row -> SensorSwingRecord
                    .builder(row.line(), row.instant(time, TimestampFormats.common(), options.zone()))
                    .playerName(player).sensorDeviceId(row.text(serial)).batSpeed(row.number(speed))
                    .raw(row.raw()).build());
        }
    }

    private final AcmeSource acme = new AcmeSource();

    @TempDir
    Path folder;

    @Test
    void givenTabsOrSemicolons_whenRead_thenTheHeaderLineDecidesTheDelimiterForEveryLine() throws Exception {
        CollectingSink tabs = read("Player\tJane Doe\nTime\tSpeed (mph)\tSerial\n2024-10-14T16:02:11Z\t71.5\tA-1\n");
        CollectingSink semicolons = read("Time ; Speed (mph)\n2024-10-14T16:02:11Z ; 68.25\n");

        SensorSwingRecord tab = tabs.swings.get(0);
        assertEquals(List.of(3L, 71.5, "A-1", "Jane Doe"), List.of(tab.line(), tab.batSpeed(), tab.sensorDeviceId(),
                tab.playerName()));
        assertEquals(Instant.parse("2024-10-14T16:02:11Z"), tab.timestamp());
        assertEquals(68.25, semicolons.swings.get(0).batSpeed());
        assertNull(semicolons.swings.get(0).sensorDeviceId(), "a column the file lacks reads as empty");
    }

    @Test
    void givenBadCells_whenRead_thenEachIsARowProblemAtItsLineAndColumnAndReadingGoesOn() throws Exception {
        CollectingSink sink = read("Time,Speed (mph)\n2024-10-14T16:02:11Z,fast\nyesterday,70\n2024-10-14T16:03:11Z,72\n");

        assertEquals(List.of("line 2, column 2: Speed (mph): 'fast' is not a number",
                "line 3, column 1: Time: 'yesterday' is not " + TimestampFormats.common().expected()),
                sink.problems.stream().map(RowProblem::describe).toList());
        assertEquals(1, sink.swings.size());
    }

    @Test
    void givenNoHeader_whenRead_thenTheFileFailsSayingWhatWasExpected() throws Exception {
        SourceFormatException error = assertThrows(SourceFormatException.class, () -> read("Time|Speed (mph)\n1|2\n"));

        assertEquals("acme.csv: no header found in the first 2 lines; expected an Acme header", error.getMessage());
    }

    @Test
    void givenHeaders_whenJudged_thenRequiredColumnsRate80AndEachOptionalOneAddsItsPoints() {
        assertEquals(80, confidence("title line", "Time,Speed (mph)"));
        assertEquals(100, confidence("Time\tSpeed (mph)\tSerial\tPlayer"));
        assertEquals(0, confidence("Time,Bat Speed (mph),Serial"));
        assertEquals(0, confidence("Time|Speed (mph)"));
    }

    @Test
    void givenGenericRequiredColumns_whenJudged_thenTheRuleWantsItsOptionalOnesToo() {
        ColumnRule hittraxLike = ColumnRule.requiring("Date", "Velo").optional(4, "LA", "Dist", "Res").needingOptional(2);

        assertEquals(0, hittraxLike.confidence(CsvHeader.parse("Date, Velo, LA", 1)));
        assertEquals(88, hittraxLike.confidence(CsvHeader.parse("Date, Velo, LA, Dist", 1)));
    }

    private int confidence(String... lines) {
        return acme.confidence(new FileSample("acme.csv", List.of(lines)));
    }

    private CollectingSink read(String text) throws IOException, SourceFormatException {
        CollectingSink sink = new CollectingSink();
        acme.read(SourceFile.of(Files.writeString(folder.resolve("acme.csv"), text)), ReadOptions.systemDefaults(), sink);
        return sink;
    }
}
