package org.swinglink.cli.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the commands print times, offsets and shares. */
final class Formats {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "(no time)" : WHEN.format(instant.atZone(zone));
    }

    static String offset(Long millis, boolean estimated) {
        if (millis == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.1f s%s", millis / 1000.0, estimated ? " (estimated)" : " (given)");
    }

    static String share(Double fraction) {
        return fraction == null ? "-" : Math.round(fraction * 100) + "%";
    }

    /** Ids are UUIDs; their first 8 characters identify a row in practice and can be typed back. */
    static String shortId(String id) {
        return id.substring(0, Math.min(8, id.length()));
    }
}
