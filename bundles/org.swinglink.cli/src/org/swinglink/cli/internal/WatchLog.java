package org.swinglink.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What a watch did, one line each, on standard output and appended to a log file: a service's
 * output may go nowhere (a Windows scheduled task), its log file stays. Each line is written out at
 * once, so a line in the log means the import it names had ended.
 */
final class WatchLog implements AutoCloseable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PrintWriter out;
    private final Path file;
    private final BufferedWriter log;

    /** @throws IllegalArgumentException when the log file cannot be written, naming it */
    WatchLog(PrintWriter out, Path file) {
        this.out = out;
        this.file = file.toAbsolutePath();
        try {
            Path folder = this.file.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            log = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write the watch log " + this.file + " (" + e.getMessage()
                    + "); choose another file with --log.", e);
        }
    }

    Path file() {
        return file;
    }

    synchronized void line(String text) {
        String line = TIME.format(LocalDateTime.now()) + "  " + text;
        out.println(line);
        out.flush();
        try {
            log.write(line);
            log.newLine();
            log.flush();
        } catch (IOException e) { // a full disk must not stop the imports; standard output still has the line
            out.println("(cannot append to " + file + ": " + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        try {
            log.close();
        } catch (IOException e) {
            out.println("(cannot close " + file + ": " + e.getMessage() + ")");
        }
    }
}
