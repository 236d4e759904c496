package org.swinglink.source.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The start of a file, for {@link SwingSource#confidence(FileSample)}: its name and its first
 * lines as text, byte order mark removed. Taking a sample never reads more than
 * {@link #MAX_CHARS} characters, however large the file or long its lines.
 *
 * @param fileName the file's name as the user knows it
 * @param lines    the first lines, at most {@link #MAX_LINES}
 */
public record FileSample(String fileName, List<String> lines) {

    /** Enough for any preamble seen in vendor exports (Blast has up to nine lines before its header). */
    public static final int MAX_LINES = 40;
    /** At most this many characters are read, so a file of one endless line is judged quickly too. */
    public static final int MAX_CHARS = 64 * 1024;

    /** Copies the lines, so the sample cannot change under a source. */
    public FileSample {
        lines = List.copyOf(lines);
    }

    /**
     * Reads the sample of a file: its first {@value #MAX_LINES} lines, at most {@value #MAX_CHARS} characters.
     *
     * @param file the file to sample
     * @return the sample, with the file's name
     * @throws IOException when the file cannot be read
     */
    public static FileSample of(SourceFile file) throws IOException {
        char[] head = new char[MAX_CHARS];
        int length = 0;
        try (BufferedReader reader = file.openReader()) {
            int read;
            while (length < head.length && (read = reader.read(head, length, head.length - length)) > 0) {
                length += read;
            }
        }
        String[] lines = new String(head, 0, length).split("\r\n|\r|\n", -1);
        int count = Math.min(MAX_LINES, lines.length);
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--; // the text ended with a line break
        }
        return new FileSample(file.name(), Arrays.asList(lines).subList(0, count));
    }

    /**
     * The first line with content.
     *
     * @return the first line that is not blank, or an empty string
     */
    public String firstNonBlankLine() {
        return lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    }
}
