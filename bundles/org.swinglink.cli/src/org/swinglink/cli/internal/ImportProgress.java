package org.swinglink.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.swinglink.importer.ImportMonitor;
import org.swinglink.source.api.SourceFile;

/**
 * What the import's progress line says: its phase, the file it reads of how many, the rows read of
 * about how many, rows per second, the time it has taken and about how long reading will take yet.
 * The importing thread only sets figures here; the progress line's thread reads them.
 */
final class ImportProgress implements ImportMonitor {
    private final long started = System.nanoTime();
    private volatile Phase phase = Phase.READING;
    private volatile long readingStarted;
    private volatile int files = -1;
    private volatile int fileIndex;
    private volatile long rowsOfStoredFiles;
    private volatile int rowsOfThisFile;
    /** Rows (lines less a header) of the files before each file, and of all at the end; null until counted. */
    private volatile long[] rowsBefore;
    private volatile boolean done;
    private final boolean countRows;

    /** @param countRows whether to count the files' rows for "of about how many": only for a line that is drawn */
    ImportProgress(boolean countRows) {
        this.countRows = countRows;
    }

    @Override
    public void filesFound(List<SourceFile> found) {
        readingStarted = System.nanoTime();
        files = found.size();
        if (!countRows) { // a pipe, a file or --quiet: reading every file once more would buy nothing
            return;
        }
        List<Path> paths = found.stream().map(SourceFile::path).toList();
        // counted beside the import, which reads the same files from the cache a moment later
        Thread counting = new Thread(() -> rowsBefore = rowsBefore(paths), "SwingLink rows to read");
        counting.setDaemon(true);
        counting.start();
    }

    @Override
    public void fileStarted(String fileName, int index) {
        fileIndex = index;
        rowsOfThisFile = 0;
    }

    @Override
    public void recordsStored(int total) {
        rowsOfThisFile = total;
    }

    @Override
    public void fileStored(int index, int records) {
        rowsOfStoredFiles += records;
        rowsOfThisFile = 0;
    }

    @Override
    public void phaseStarted(Phase next) {
        phase = next;
    }

    /** The import has returned: the line's last state says what was read in how long. */
    void done() {
        done = true;
    }

    String status() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (files < 0) {
            return "reading the inputs  " + ProgressLine.duration(elapsed);
        }
        long rows = rowsOfStoredFiles + rowsOfThisFile;
        Duration reading = Duration.ofNanos(System.nanoTime() - readingStarted);
        if (done) {
            return "read " + ProgressLine.count(files) + (files == 1 ? " file, " : " files, ") + ProgressLine.count(rows)
                    + " rows in " + ProgressLine.duration(elapsed) + ProgressLine.rate(rows, reading).replaceFirst("^  (.+)", " ($1)");
        }
        if (phase != Phase.READING) {
            return phase.name().toLowerCase(Locale.ROOT) + "  " + ProgressLine.count(files) + " files  " + ProgressLine.count(rows)
                    + " rows" + ProgressLine.rate(rows, reading) + "  " + ProgressLine.duration(elapsed);
        }
        long[] before = rowsBefore;
        int index = Math.min(fileIndex, Math.max(files - 1, 0));
        String total = before == null ? "" : "/~" + ProgressLine.count(before[files]);
        double share = before == null ? (double) index / Math.max(files, 1)
                : (before[index] + rowsOfThisFile) / (double) Math.max(before[files], 1);
        return "reading  " + ProgressLine.count(files == 0 ? 0 : index + 1) + "/" + ProgressLine.count(files) + " files  "
                + ProgressLine.count(rows) + total + " rows" + ProgressLine.rate(rows, reading) + "  "
                + ProgressLine.duration(elapsed) + timeLeft(share, reading);
    }

    /** Reading's time left, from the share read so far; none until there is enough to tell. */
    private static String timeLeft(double share, Duration reading) {
        long left = share < 0.01 || reading.toMillis() < 500 ? 0 : Math.round(reading.toMillis() * (1 - share) / share);
        return left < 1000 ? "" : ", ~" + ProgressLine.duration(Duration.ofMillis(left)) + " left";
    }

    /** Each file's rows counted as its line breaks less a header line; element {@code i} sums the files before file {@code i}. */
    private static long[] rowsBefore(List<Path> paths) {
        long[] before = new long[paths.size() + 1];
        for (int i = 0; i < paths.size(); i++) {
            before[i + 1] = before[i] + Math.max(0, lines(paths.get(i)) - 1);
        }
        return before;
    }

    private static long lines(Path file) {
        byte[] buffer = new byte[64 * 1024];
        long lines = 0;
        byte last = '\n';
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0;) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
        } catch (IOException e) { // the import itself says what is wrong with the file; here it only counts less
            return 0;
        }
        return last == '\n' ? lines : lines + 1;
    }
}
