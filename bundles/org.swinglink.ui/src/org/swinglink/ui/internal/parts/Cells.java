package org.swinglink.ui.internal.parts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How the views write times, ids and lists into cells. */
public final class Cells {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Cells() {
    }

    /** In this computer's time zone, as the analyst reads a wall clock. */
    public static String time(Instant instant) {
        return time(instant, ZoneId.systemDefault());
    }

    /** In the given zone (the workbench's default zone for files' local times). */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "(no time)" : WHEN.format(instant.atZone(zone));
    }

    /** An id as the command line prints it: whole when a number, the first 8 characters of an earlier release's UUID. */
    public static String shortId(String id) {
        return org.swinglink.store.RowIds.shortened(id);
    }

    public static String list(List<String> values) {
        return String.join(", ", values);
    }

    /** The first line of a possibly long message; the full text belongs in a details view. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A metric's column heading: "Bat speed, avg (mph)"; rates and counts without a unit. */
    public static String heading(org.swinglink.store.Metric metric) {
        String unit = metric.unit();
        return unit.isEmpty() || unit.equals("%") ? metric.label() : metric.label() + " (" + unit + ")";
    }
}
