package org.swinglink.source.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The forms a date-and-time cell may be written in, tried in order. Used when an export's time
 * format is not documented or differs between versions: a cell with a zone offset is an exact
 * instant, a cell without one is local time in the zone the caller gives. Dates are checked
 * strictly (no 30 February), month names and AM/PM are English and read in any case.
 */
public final class TimestampFormats {
    /** Epoch milliseconds have at least 11 digits (after March 1973); fewer is more likely seconds or a count. */
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{11,15}");

    private final List<Form> forms;
    private final boolean epochMillis;

    private record Form(DateTimeFormatter formatter, String example) {
    }

    private TimestampFormats(List<Form> forms, boolean epochMillis) {
        this.forms = List.copyOf(forms);
        this.epochMillis = epochMillis;
    }

    /** {@return no forms yet; add them with {@link #or(String, String)}} */
    public static TimestampFormats none() {
        return new TimestampFormats(List.of(), false);
    }

    /**
     * The forms spreadsheet and app exports commonly use: {@code 2024-10-14 16:02:11[.123]},
     * {@code 2024-10-14T16:02:11[.123][-05:00|Z]}, {@code 10/14/2024 4:02[:11] PM},
     * {@code 10/14/2024 16:02[:11]} and {@code Oct 14, 2024 04:02:11 PM}.
     *
     * @return those forms
     */
    public static TimestampFormats common() {
        return none()
                .or("uuuu-MM-dd HH:mm:ss[.SSS]", "2024-10-14 16:02:11")
                .or("uuuu-MM-dd'T'HH:mm:ss[.SSS][XXX]", "2024-10-14T16:02:11-05:00")
                .or("M/d/uuuu h:mm[:ss] a", "10/14/2024 4:02:11 PM")
                .or("M/d/uuuu H:mm[:ss]", "10/14/2024 16:02:11")
                .or("MMM d, uuuu h:mm:ss a", "Oct 14, 2024 04:02:11 PM");
    }

    /**
     * These forms and one more.
     *
     * @param pattern a {@link DateTimeFormatter} pattern; use {@code uuuu} for the year (strict
     *                resolving), {@code XXX} for an offset
     * @param example a cell in this form, shown to users when a cell matches no form
     * @return the forms with that one last
     */
    public TimestampFormats or(String pattern, String example) {
        List<Form> more = new ArrayList<>(forms);
        more.add(new Form(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT), example));
        return new TimestampFormats(more, epochMillis);
    }

    /** {@return these forms, and whole numbers of 11 or more digits read as milliseconds since 1970 UTC} */
    public TimestampFormats orEpochMillis() {
        return new TimestampFormats(forms, true);
    }

    /**
     * The instant a cell's text stands for.
     *
     * @param text the cell's text
     * @param zone the zone of a time written without offset
     * @return the instant, or empty when the text matches no form
     */
    public Optional<Instant> parse(String text, ZoneId zone) {
        String value = text.strip();
        if (epochMillis && EPOCH_MILLIS.matcher(value).matches()) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
        }
        for (Form form : forms) {
            try {
                TemporalAccessor parsed = form.formatter().parseBest(value, OffsetDateTime::from, LocalDateTime::from);
                return Optional.of(parsed instanceof OffsetDateTime exact ? exact.toInstant()
                        : ((LocalDateTime) parsed).atZone(zone).toInstant());
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }

    /** {@return what the forms look like, for messages: {@code a date and time like A, B or C}} */
    public String expected() {
        List<String> examples = new ArrayList<>(forms.stream().map(Form::example).toList());
        if (epochMillis) {
            examples.add("epoch milliseconds such as 1728939731000");
        }
        if (examples.size() == 1) {
            return "a date and time like " + examples.get(0);
        }
        return "a date and time like " + String.join(", ", examples.subList(0, examples.size() - 1)) + " or "
                + examples.get(examples.size() - 1);
    }
}
