package org.swinglink.cli.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One line on standard error telling how a long command gets on, drawn again in place (a carriage
 * return, no other control codes) four times a second while standard error is a terminal, and ended
 * with a line break. A file or a pipe gets none of it: the launcher tells a terminal by passing its
 * width ({@value #COLUMNS_PROPERTY}).
 */
final class ProgressLine implements AutoCloseable {
    static final String COLUMNS_PROPERTY = "swinglink.terminal.columns";
    /** Set by the launcher when standard output is a terminal too: then data written there would tear the line. */
    static final String STDOUT_PROPERTY = "swinglink.terminal.stdout";
    private static final long REDRAW_MILLIS = 250;
    private static final int DEFAULT_COLUMNS = 80;

    private final PrintWriter err;
    private final Supplier<String> status;
    private final int width;
    /** Null when nothing is drawn. */
    private final ScheduledExecutorService redraws;
    private String shown = "";

    private ProgressLine(PrintWriter err, Supplier<String> status, int width, boolean drawn) {
        this.err = err;
        this.status = status;
        this.width = width;
        if (!drawn) {
            redraws = null;
            return;
        }
        redraws = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "SwingLink progress line");
            thread.setDaemon(true);
            return thread;
        });
        redraws.scheduleAtFixedRate(this::draw, 0, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A line drawing {@code status} while standard error is a terminal and {@code --quiet} was not given; else nothing. */
    static ProgressLine open(SwingLinkCommand root, Supplier<String> status) {
        Integer columns = Integer.getInteger(COLUMNS_PROPERTY);
        return new ProgressLine(root.err, status, columns != null && columns > 0 ? columns : DEFAULT_COLUMNS, willDraw(root));
    }

    /** Whether a line opened for this command would be drawn: what it shows need not be worked out otherwise. */
    static boolean willDraw(SwingLinkCommand root) {
        return Integer.getInteger(COLUMNS_PROPERTY) != null && !root.quiet;
    }

    /** Whether the line is drawn (else the command may say how it gets on in its own way). */
    boolean drawn() {
        return redraws != null;
    }

    /** Whether standard output is a terminal as well (the launcher says so). */
    static boolean stdoutIsTerminal() {
        return Boolean.getBoolean(STDOUT_PROPERTY);
    }

    private synchronized void draw() {
        String text;
        try {
            text = status.get();
        } catch (RuntimeException e) { // a figure read while the command changes it; the next draw has it
            return;
        }
        // a line wider than the terminal wraps, and the carriage return would then redraw only its last part;
        // the figures that do not fit are left out whole (they are two spaces apart), not cut mid-word
        if (text.length() > width - 1) {
            int lastWhole = text.lastIndexOf("  ", width - 1);
            text = text.substring(0, lastWhole > 0 ? lastWhole : width - 1);
        }
        if (text.equals(shown)) {
            return;
        }
        err.print("\r" + text + " ".repeat(Math.max(0, shown.length() - text.length())));
        err.flush();
        shown = text;
    }

    /** Draws the last state and ends the line, so that what the command prints next starts on a line of its own. */
    @Override
    public void close() {
        if (redraws == null) {
            return;
        }
        redraws.shutdownNow();
        try {
            redraws.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw();
        synchronized (this) {
            err.println();
            err.flush();
        }
    }

    /** {@code 0:07}, {@code 12:03}, {@code 1:02:03}. */
    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** {@code "  4,050 rows/s"} over {@code elapsed}; nothing before the first row or in the first tenth of a second. */
    static String rate(long rows, Duration elapsed) {
        return rows == 0 || elapsed.toMillis() < 100 ? ""
                : String.format(Locale.ROOT, "  %,d rows/s", Math.round(rows * 1000.0 / elapsed.toMillis()));
    }

    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
