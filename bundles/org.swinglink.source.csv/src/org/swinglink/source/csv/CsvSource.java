package org.swinglink.source.csv;

import java.io.IOException;

import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;

/**
 * A {@link SwingSource} for a CSV format, so that a vendor's parser is its columns and its row
 * mapping. The header is looked for among the file's first {@value FileSample#MAX_LINES} lines (title
 * and metadata lines above it are kept as the {@linkplain CsvTable#preamble() preamble}); confidence
 * is the {@link HeaderRule}'s rating of the first line that is the header; rows are read one at a
 * time and every cell that cannot be read becomes a row problem with its line and column.
 * <pre>{@code
 * @Component(service = SwingSource.class)
 * public class AcmeSource extends CsvSource {
 *     public AcmeSource() {
 *         super("acme", "Acme", RecordKind.SENSOR_SWINGS, ColumnRule.requiring("Time", "Speed"),
 *                 "an Acme header such as 'Time,Speed'");
 *     }
 *
 *     protected RowReader rowReader(CsvTable table, ReadOptions options) throws SourceFormatException {
 *         int time = table.requireColumn("Time");
 *         int speed = table.requireColumn("Speed");
 *         return RowReader.swings(row -> SensorSwingRecord.builder(row.line(),
 *                 row.instant(time, TimestampFormats.common(), options.zone()))
 *                 .batSpeed(row.number(speed)).raw(row.raw()).build());
 *     }
 * }
 * }</pre>
 *
 * @since 1.2
 */
public abstract class CsvSource implements SwingSource {
    private final String id;
    private final String displayName;
    private final RecordKind recordKind;
    private final HeaderRule headerRule;
    private final String expectedHeader;

    /**
     * Describes the format.
     *
     * @param id             the source's id, lower case and stable forever (see {@link SwingSource#id()})
     * @param displayName    the format's name for people
     * @param recordKind     what its rows are
     * @param headerRule     how its header is known
     * @param expectedHeader what its header looks like, for the message when a file has none:
     *                       {@code "an Acme header such as 'Time,Speed'"}
     */
    protected CsvSource(String id, String displayName, RecordKind recordKind, HeaderRule headerRule,
            String expectedHeader) {
        this.id = id;
        this.displayName = displayName;
        this.recordKind = recordKind;
        this.headerRule = headerRule;
        this.expectedHeader = expectedHeader;
    }

    /**
     * The characters that may separate cells, in order of preference; the header's line decides which
     * one a file uses. Override for a format that is not comma-separated: {@code ";"},
     * {@code "\t"}, or {@code ",;"} for either.
     *
     * @return {@code ","}
     */
    protected String delimiters() {
        return ",";
    }

    /**
     * Prepares the mapping of one file's rows, once its header is known: finds the columns
     * ({@link CsvTable#requireColumn(String...)}, {@link CsvTable#optionalColumn(String...)}) and
     * reads anything the lines above the header say ({@link CsvTable#preamble()}).
     *
     * @param table   the open file, positioned below its header
     * @param options the analyst's choices for this import, such as the zone of local times
     * @return the mapping of each row
     * @throws SourceFormatException when a column the format cannot do without is missing
     */
    protected abstract RowReader rowReader(CsvTable table, ReadOptions options) throws SourceFormatException;

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public RecordKind recordKind() {
        return recordKind;
    }

    @Override
    public int confidence(FileSample sample) {
        return CsvHeader.firstHeaderConfidence(sample, delimiters(), headerRule::confidence);
    }

    @Override
    public void read(SourceFile file, ReadOptions options, RecordSink sink) throws SourceFormatException, IOException {
        try (CsvTable table = CsvTable.open(file, header -> headerRule.confidence(header) > 0, delimiters(),
                FileSample.MAX_LINES, expectedHeader)) {
            RowReader rows = rowReader(table, options);
            table.forEachRow(row -> rows.read(row, sink), sink::rowProblem);
        }
    }
}
