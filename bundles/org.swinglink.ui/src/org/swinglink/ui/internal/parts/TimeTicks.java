package org.swinglink.ui.internal.parts;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Tick labels of a time axis whose values are epoch milliseconds (SWTChart's own date series is
 * deprecated), as fine as the span of the points needs, with the axis title naming what the
 * labels leave out (the day, the year).
 */
final class TimeTicks extends Format {
    private static final long serialVersionUID = 1L;

    private final transient DateTimeFormatter pattern;
    private final ZoneId zone;
    private final String title;

    private TimeTicks(String pattern, ZoneId zone, String title) {
        this.pattern = DateTimeFormatter.ofPattern(pattern);
        this.zone = zone;
        this.title = title;
    }

    /** Times of day within one day, days and hours within a few, days within a year, months beyond. */
    static TimeTicks between(Instant first, Instant last, ZoneId zone) {
        ZonedDateTime from = first.atZone(zone);
        ZonedDateTime to = last.atZone(zone);
        Duration span = Duration.between(first, last);
        String year = from.getYear() == to.getYear() ? " in " + from.getYear() : "";
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return new TimeTicks("HH:mm", zone, "Time on " + from.toLocalDate());
        }
        if (span.compareTo(Duration.ofDays(4)) < 0) {
            return new TimeTicks("MM-dd HH:mm", zone, "Day and time" + year);
        }
        if (!year.isEmpty()) {
            return new TimeTicks("MM-dd", zone, "Day" + year);
        }
        return new TimeTicks("yyyy-MM", zone, "Month");
    }

    /** What the axis shows, naming the day or year the labels leave out. */
    String title() {
        return title;
    }

    @Override
    public StringBuffer format(Object value, StringBuffer into, FieldPosition position) {
        if (value instanceof Number millis) {
            into.append(pattern.format(Instant.ofEpochMilli(millis.longValue()).atZone(zone)));
        }
        return into;
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
        return null; // tick labels are only written
    }
}
