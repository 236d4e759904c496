package org.swinglink.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the data rows of a CSV fixture start, found without the CSV library the sources use: a
 * non-blank line after the header starts a row unless it continues a quoted cell (an odd number
 * of quotes so far). Lets a test check that every row became a record or a row problem.
 */
public final class DataRows {
    private DataRows() {
    }

    /**
     * @param headerLine 1-based line of the header; rows are looked for below it
     * @return 1-based start lines of the rows, ascending
     */
    public static List<Long> startLines(Path file, long headerLine) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<Long> starts = new ArrayList<>();
        boolean insideQuotes = false;
        for (int i = (int) headerLine; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!insideQuotes && !line.isBlank()) {
                starts.add(i + 1L);
            }
            long quotes = line.chars().filter(c -> c == '"').count();
            if (quotes % 2 == 1) {
                insideQuotes = !insideQuotes;
            }
        }
        return starts;
    }
}
