package org.swinglink.cli.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.swinglink.store.RowIds;

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

    /** The widest id {@link #shortId} prints below 100 million rows. */
    static final int ID_WIDTH = 8;

    /** An id as it is typed back: whole when a number, the first 8 characters of an earlier release's UUID. */
    static String shortId(String id) {
        return RowIds.shortened(id);
    }
}
