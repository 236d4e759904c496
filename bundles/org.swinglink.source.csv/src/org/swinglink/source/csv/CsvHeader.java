package org.swinglink.source.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.swinglink.source.api.FileSample;

/**
 * The column names of a CSV file and the line they were found on. Names are compared trimmed and
 * case-insensitively, so {@code " Velo"}, {@code "velo"} and {@code "Velo "} are one column.
 */
public final class CsvHeader {

    private final List<String> names;
    private final long line;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, Integer> indexByKeyWithoutUnit = new HashMap<>();

    /**
     * A header as found in a file.
     *
     * @param names the column names, trimmed, in file order
     * @param line  1-based line of the file holding the header
     */
    public CsvHeader(List<String> names, long line) {
        this.names = List.copyOf(names);
        this.line = line;
        for (int i = 0; i < names.size(); i++) {
            indexByKey.putIfAbsent(key(names.get(i)), i);
            indexByKeyWithoutUnit.putIfAbsent(withoutUnit(key(names.get(i))), i);
        }
    }

    /**
     * Reads a comma-separated line as a header candidate; a line that is not valid CSV yields no names.
     *
     * @param line       the line's text
     * @param lineNumber its 1-based line in the file
     * @return the candidate
     */
    public static CsvHeader parse(String line, long lineNumber) {
        return parse(line, lineNumber, ',');
    }

    /**
     * Reads a line as a header candidate; a line that is not valid CSV yields no names.
     *
     * @param line       the line's text
     * @param lineNumber its 1-based line in the file
     * @param delimiter  the character between cells, such as {@code ','}, {@code ';'} or tab
     * @return the candidate
     * @since 1.2
     */
    public static CsvHeader parse(String line, long lineNumber, char delimiter) {
        if (!line.isEmpty() && line.indexOf('"') < 0) {
            // no quotes: the cells are what lies between the delimiters; spares a CSV parser per line rated
            return new CsvHeader(split(line, delimiter), lineNumber);
        }
        List<String> cells = new ArrayList<>();
        try (CSVParser lineParser = CsvTable.format(delimiter).parse(new java.io.StringReader(line))) {
            Iterator<CSVRecord> records = lineParser.iterator();
            if (records.hasNext()) {
                records.next().forEach(cell -> cells.add(cell.strip()));
            }
        } catch (IOException | UncheckedIOException e) {
            cells.clear(); // an unbalanced quote in a title line: not a header
        }
        return new CsvHeader(cells, lineNumber);
    }

    private static List<String> split(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int end = line.indexOf(delimiter); end >= 0; end = line.indexOf(delimiter, start)) {
            cells.add(line.substring(start, end).strip());
            start = end + 1;
        }
        cells.add(line.substring(start).strip());
        return cells;
    }

    /**
     * Rates each sampled line as a header, top down, and returns the first positive rating: what a
     * source's {@code confidence} is when its format is known by its header. 0 when no line rates.
     *
     * @param sample the file's first lines
     * @param rating 0-100 for a candidate header, 0 when it is not the format's
     * @return the first positive rating, or 0
     */
    public static int firstHeaderConfidence(FileSample sample, ToIntFunction<CsvHeader> rating) {
        return firstHeaderConfidence(sample, ",", rating);
    }

    /**
     * Like {@link #firstHeaderConfidence(FileSample, ToIntFunction)}, for a format whose cells may be
     * separated by any of several delimiters: each line is rated as split by each of them in turn.
     *
     * @param sample     the file's first lines
     * @param delimiters the characters that may separate cells, in order of preference
     * @param rating     0-100 for a candidate header, 0 when it is not the format's
     * @return the first positive rating, or 0
     * @since 1.2
     */
    public static int firstHeaderConfidence(FileSample sample, String delimiters, ToIntFunction<CsvHeader> rating) {
        for (int i = 0; i < sample.lines().size(); i++) {
            for (int d = 0; d < delimiters.length(); d++) {
                int confidence = rating.applyAsInt(parse(sample.lines().get(i), i + 1, delimiters.charAt(d)));
                if (confidence > 0) {
                    return confidence;
                }
            }
        }
        return 0;
    }

    /**
     * The comparison key of a column name.
     *
     * @param name a column name
     * @return the name trimmed and in lower case
     */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A column name without a trailing unit in parentheses and with single spaces:
     * {@code "Max  Barrel Speed (mph)"} becomes {@code "max barrel speed"}.
     *
     * @param name a column name
     * @return its comparison key without the unit
     */
    public static String withoutUnit(String name) {
        // by hand, not by regular expressions: every file's header goes through here for every source that rates it
        String key = key(name.substring(0, unitStart(name)));
        StringBuilder single = null;
        for (int i = 0; i < key.length(); i++) {
            boolean space = isSpace(key.charAt(i));
            if (space && single == null && (key.charAt(i) != ' ' || isSpace(key.charAt(i + 1)))) {
                single = new StringBuilder(key.length()).append(key, 0, i);
            }
            if (single != null && !(space && isSpace(single.charAt(single.length() - 1)))) {
                single.append(space ? ' ' : key.charAt(i));
            }
        }
        return single == null ? key : single.toString();
    }

    /** Where a trailing {@code (unit)} and the spaces around it begin; the name's length if it has none. */
    private static int unitStart(String name) {
        int end = name.length();
        while (end > 0 && isSpace(name.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || name.charAt(end - 1) != ')') {
            return name.length();
        }
        int open = name.lastIndexOf('(', end - 2);
        if (open < 0 || name.indexOf(')', open) != end - 1) {
            return name.length();
        }
        while (open > 0 && isSpace(name.charAt(open - 1))) {
            open--;
        }
        return open;
    }

    /** The characters a regular expression's {@code \s} stands for. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@return the column names, trimmed, in file order} */
    public List<String> names() {
        return names;
    }

    /** {@return the 1-based line of the file holding the header} */
    public long line() {
        return line;
    }

    /**
     * Finds a column by any of its names.
     *
     * @param aliases the column's names, in order of preference
     * @return the 0-based index of the first column with one of them, or empty
     */
    public Optional<Integer> indexOf(String... aliases) {
        for (String alias : aliases) {
            Integer index = indexByKey.get(key(alias));
            if (index != null) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #indexOf(String...)}, but names match with or without a unit suffix on either
     * side: alias {@code "Max Barrel Speed"} finds the column {@code "Max Barrel Speed (mph)"}.
     *
     * @param aliases the column's names, in order of preference
     * @return the 0-based index of the first column with one of them, or empty
     */
    public Optional<Integer> indexOfIgnoringUnit(String... aliases) {
        for (String alias : aliases) {
            Integer index = indexByKeyWithoutUnit.get(withoutUnit(alias));
            if (index != null) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return how many of the named columns the header has}
     * Counts the columns that tell one vendor's header from another's.
     *
     * @param names column names, each compared trimmed and ignoring case
     * @since 1.2
     */
    public int countOf(String... names) {
        int count = 0;
        for (String name : names) {
            if (has(name)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@return whether the header has a column of that name}
     *
     * @param name a column name
     */
    public boolean has(String name) {
        return indexByKey.containsKey(key(name));
    }
}
