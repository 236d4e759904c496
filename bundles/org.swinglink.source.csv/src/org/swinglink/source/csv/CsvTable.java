package org.swinglink.source.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;

/**
 * A vendor CSV file opened for streaming: the header is looked for line by line (title and
 * metadata lines above it are skipped), then rows are parsed one at a time, so a file of any
 * size reads in constant memory.
 */
public final class CsvTable implements Closeable {
    /** Comma separated, quotes where needed, surrounding spaces ignored (HitTrax writes ", "). */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false) // keeps the parser's line count equal to the file's
            .get();
    private static final Map<Character, CSVFormat> FORMAT_BY_DELIMITER = new ConcurrentHashMap<>(Map.of(',', FORMAT));

    private final SourceFile file;
    private final CsvHeader header;
    private final List<List<String>> preamble;
    private final CSVParser parser;

    /** {@link #FORMAT} with another delimiter. */
    static CSVFormat format(char delimiter) {
        return FORMAT_BY_DELIMITER.computeIfAbsent(delimiter, d -> FORMAT.builder().setDelimiter(d).get());
    }

    private CsvTable(SourceFile file, CsvHeader header, List<List<String>> preamble, CSVParser parser) {
        this.file = file;
        this.header = header;
        this.preamble = List.copyOf(preamble);
        this.parser = parser;
    }

    /**
     * Opens a file and finds its header: the first of the first {@code maxLinesBeforeHeader + 1}
     * lines whose trimmed cells satisfy {@code isHeader}.
     *
     * @param file                 the file
     * @param isHeader             whether a line's cells are the format's header
     * @param maxLinesBeforeHeader how many title or metadata lines may come first
     * @param expected             what the header should look like, for the message when none is found
     * @return the table, positioned at the first row below the header; close it
     * @throws IOException           when the file cannot be read
     * @throws SourceFormatException when no header is found or it names a column twice
     */
    public static CsvTable open(SourceFile file, Predicate<CsvHeader> isHeader, int maxLinesBeforeHeader,
            String expected) throws IOException, SourceFormatException {
        return open(file, isHeader, ",", maxLinesBeforeHeader, expected);
    }

    /**
     * Opens a file whose cells may be separated by any of several delimiters: the first of the first
     * {@code maxLinesBeforeHeader + 1} lines that satisfies {@code isHeader} when split by one of
     * them is the header, and that delimiter separates the cells of the lines above and below it.
     *
     * @param file                 the file
     * @param isHeader             whether a line's cells are the format's header
     * @param delimiters           the characters that may separate cells, in order of preference
     * @param maxLinesBeforeHeader how many title or metadata lines may come first
     * @param expected             what the header should look like, for the message when none is found
     * @return the table, positioned at the first row below the header; close it
     * @throws IOException           when the file cannot be read
     * @throws SourceFormatException when no header is found or it names a column twice
     * @since 1.2
     */
    public static CsvTable open(SourceFile file, Predicate<CsvHeader> isHeader, String delimiters,
            int maxLinesBeforeHeader, String expected) throws IOException, SourceFormatException {
        BufferedReader reader = file.openReader();
        try {
            long lineNumber = 0;
            String line;
            List<String> skipped = new ArrayList<>();
            while (lineNumber <= maxLinesBeforeHeader && (line = reader.readLine()) != null) {
                lineNumber++;
                for (int d = 0; d < delimiters.length(); d++) {
                    char delimiter = delimiters.charAt(d);
                    CsvHeader candidate = CsvHeader.parse(line, lineNumber, delimiter);
                    if (isHeader.test(candidate)) {
                        refuseDuplicateColumns(file, candidate);
                        return new CsvTable(file, candidate, cells(skipped, delimiter), format(delimiter).parse(reader));
                    }
                }
                skipped.add(line);
            }
            String problem = lineNumber == 0 ? "the file is empty; expected " + expected
                    : "no header found in the first " + lineNumber + " lines; expected " + expected;
            throw new SourceFormatException(file.name(), 0, 0, problem);
        } catch (IOException | SourceFormatException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static List<List<String>> cells(List<String> lines, char delimiter) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            cells.add(CsvHeader.parse(lines.get(i), i + 1, delimiter).names());
        }
        return cells;
    }

    /** Two columns of one name: which holds the values is a guess, and a wrong guess stores wrong data. */
    private static void refuseDuplicateColumns(SourceFile file, CsvHeader header) throws SourceFormatException {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < header.names().size(); i++) {
            String name = header.names().get(i);
            if (name.isBlank()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(CsvHeader.key(name), i);
            if (earlier != null) {
                throw new SourceFormatException(file.name(), header.line(), i + 1, "the header names the column '" + name
                        + "' twice (columns " + (earlier + 1) + " and " + (i + 1) + "); SwingLink cannot tell which one holds"
                        + " its values, so rename or remove one");
            }
        }
    }

    /** {@return the header found} */
    public CsvHeader header() {
        return header;
    }

    /**
     * The trimmed cells of every line above the header (titles, report metadata), in file order;
     * a line that is not valid CSV has no cells.
     *
     * @return the lines' cells
     */
    public List<List<String>> preamble() {
        return preamble;
    }

    /** {@return the file as the user knows it} */
    public SourceFile file() {
        return file;
    }

    /**
     * Finds a column the format cannot do without.
     *
     * @param aliases the column's names, in order of preference
     * @return its 0-based index
     * @throws SourceFormatException naming the column and the header's columns when it is missing
     */
    public int requireColumn(String... aliases) throws SourceFormatException {
        return header.indexOf(aliases).orElseThrow(() -> new SourceFormatException(file.name(), header.line(), 0,
                "the header has no column '" + aliases[0] + "'"
                        + (aliases.length > 1 ? " (nor " + String.join(", ", List.of(aliases).subList(1, aliases.length)) + ")" : "")
                        + "; found: " + String.join(", ", header.names())));
    }

    /**
     * Finds a column the format may have.
     *
     * @param aliases the column's names, in order of preference
     * @return its 0-based index, or -1 when the header has none of the names: a {@link CsvRow} reads
     *         such a column's cells as empty
     * @since 1.2
     */
    public int optionalColumn(String... aliases) {
        return header.indexOf(aliases).orElse(-1);
    }

    /**
     * Hands every non-blank row to {@code reader}; a {@link CellException} it throws becomes a
     * {@link RowProblem} for {@code problems} and reading goes on.
     *
     * @param reader   takes each row
     * @param problems takes each row that could not be read, with its line and column
     * @throws IOException           when the file cannot be read
     * @throws SourceFormatException when the CSV structure itself breaks (an unbalanced quote)
     */
    public void forEachRow(Consumer<CsvRow> reader, Consumer<RowProblem> problems)
            throws SourceFormatException, IOException {
        Iterator<CSVRecord> records = parser.iterator();
        long linesBefore = header.line();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                if (String.valueOf(e.getCause().getMessage()).matches("line \\d+ is longer than .*")) {
                    throw new SourceFormatException(file.name(), 0, 0, e.getCause().getMessage()); // names its line
                }
                throw new SourceFormatException(file.name(), linesBefore + 1, 0, structureProblem(e.getCause()));
            }
            long startLine = linesBefore + 1;
            linesBefore = header.line() + parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() < header.names().size() && isLastRecord(records) && endsInsideARow()) {
                problems.accept(new RowProblem(startLine, record.size(), "the file ends inside this row, after " + record.size()
                        + " of " + header.names().size() + " columns; the export looks cut short"));
                return;
            }
            try {
                reader.accept(new CsvRow(header, record, startLine));
            } catch (CellException e) {
                problems.accept(new RowProblem(startLine, e.getColumn() + 1, e.getMessage()));
            }
        }
    }

    private static boolean isLastRecord(Iterator<CSVRecord> records) {
        try {
            return !records.hasNext();
        } catch (UncheckedIOException e) {
            return false; // the next row is broken; that row reports it
        }
    }

    /** Whether the file's last bytes are not a line break (in UTF-8 or UTF-16 alike). */
    private boolean endsInsideARow() throws IOException {
        try (java.nio.channels.SeekableByteChannel channel = java.nio.file.Files.newByteChannel(file.path())) {
            long size = channel.size();
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate((int) Math.min(2, size));
            channel.position(size - last.capacity());
            while (last.hasRemaining() && channel.read(last) > 0) {
                // fills the two bytes
            }
            for (byte b : last.array()) {
                if (b == '\n' || b == '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Commons CSV's wording (with its own line count) turned into what a user can fix. */
    private static String structureProblem(IOException cause) {
        String detail = String.valueOf(cause.getMessage());
        if (detail.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell that starts in this row is never closed; a quote inside a quoted cell must be doubled (\"\")";
        }
        if (detail.contains("Invalid character between encapsulated token and delimiter")) {
            return "text follows the closing quote of a quoted cell in this row; a quote inside a quoted cell must be doubled (\"\")";
        }
        return "the CSV structure breaks in this row: " + detail.replaceAll("\\(?startline \\d+\\)? ?|at line: \\d+, position: \\d+", "").strip();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
