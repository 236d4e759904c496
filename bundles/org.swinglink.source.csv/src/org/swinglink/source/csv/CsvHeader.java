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
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.swinglink.source.api.FileSample;

/**
 * The column names of a CSV file and the line they were found on. Names are compared trimmed and
 * case-insensitively, so {@code " Velo"}, {@code "velo"} and {@code "Velo "} are one column.
 */
public final class CsvHeader {
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<String> names;
    private final long line;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, Integer> indexByKeyWithoutUnit = new HashMap<>();

    public CsvHeader(List<String> names, long line) {
        this.names = List.copyOf(names);
        this.line = line;
        for (int i = 0; i < names.size(); i++) {
            indexByKey.putIfAbsent(key(names.get(i)), i);
            indexByKeyWithoutUnit.putIfAbsent(withoutUnit(key(names.get(i))), i);
        }
    }

    /** Reads a line as a header candidate; a line that is not valid CSV yields no names. */
    public static CsvHeader parse(String line, long lineNumber) {
        List<String> cells = new ArrayList<>();
        try (CSVParser lineParser = CsvTable.FORMAT.parse(new java.io.StringReader(line))) {
            Iterator<CSVRecord> records = lineParser.iterator();
            if (records.hasNext()) {
                records.next().forEach(cell -> cells.add(cell.strip()));
            }
        } catch (IOException | UncheckedIOException e) {
            cells.clear(); // an unbalanced quote in a title line: not a header
        }
        return new CsvHeader(cells, lineNumber);
    }

    /**
     * Rates each sampled line as a header, top down, and returns the first positive rating: what a
     * source's {@code confidence} is when its format is known by its header. 0 when no line rates.
     */
    public static int firstHeaderConfidence(FileSample sample, ToIntFunction<CsvHeader> rating) {
        for (int i = 0; i < sample.lines().size(); i++) {
            int confidence = rating.applyAsInt(parse(sample.lines().get(i), i + 1));
            if (confidence > 0) {
                return confidence;
            }
        }
        return 0;
    }

    /** The comparison key of a column name. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A column name without a trailing unit in parentheses and with single spaces:
     * {@code "Max  Barrel Speed (mph)"} becomes {@code "max barrel speed"}.
     */
    public static String withoutUnit(String name) {
        return SPACES.matcher(key(UNIT_SUFFIX.matcher(name).replaceFirst(""))).replaceAll(" ");
    }

    public List<String> names() {
        return names;
    }

    /** 1-based line of the file holding the header. */
    public long line() {
        return line;
    }

    /** Index of the first column with any of the given names (aliases, in order of preference). */
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

    public boolean has(String name) {
        return indexByKey.containsKey(key(name));
    }
}
