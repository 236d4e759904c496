package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Hand-built sessions around real Blast swing times, with the truth kept beside them. */
final class TestSessions {

    /**
     * The 40 newest swings of "Metrics - Klayton Kiser.csv" (shared/data/blast-real), as exported:
     * newest first, whole seconds, lower-case am/pm. Two rounds and the start of a third.
     */
    private static final String[] KISER_SWINGS = {
        "Oct 04, 2023 09:38:37 am", "Oct 04, 2023 09:38:30 am", "Oct 04, 2023 09:38:23 am",
        "Oct 04, 2023 09:38:17 am", "Oct 04, 2023 09:38:06 am", "Oct 04, 2023 09:37:51 am",
        "Oct 04, 2023 09:37:44 am", "Oct 04, 2023 09:37:36 am", "Oct 04, 2023 09:37:28 am",
        "Oct 04, 2023 09:37:21 am", "Oct 04, 2023 09:37:13 am", "Oct 04, 2023 09:37:04 am",
        "Oct 04, 2023 09:36:56 am", "Oct 04, 2023 09:36:49 am", "Oct 04, 2023 09:36:43 am",
        "Oct 04, 2023 09:36:31 am", "Oct 04, 2023 09:36:24 am", "Oct 04, 2023 09:36:18 am",
        "Oct 04, 2023 09:36:12 am", "Oct 04, 2023 09:34:00 am", "Oct 04, 2023 09:33:48 am",
        "Oct 04, 2023 09:33:41 am", "Oct 04, 2023 09:33:31 am", "Oct 04, 2023 09:33:24 am",
        "Oct 04, 2023 09:33:17 am", "Oct 04, 2023 09:33:09 am", "Oct 04, 2023 09:33:00 am",
        "Oct 04, 2023 09:32:52 am", "Oct 04, 2023 09:32:45 am", "Oct 04, 2023 09:32:38 am",
        "Oct 04, 2023 09:32:30 am", "Oct 04, 2023 09:32:23 am", "Oct 04, 2023 09:32:15 am",
        "Oct 04, 2023 09:32:09 am", "Oct 04, 2023 09:30:31 am", "Oct 04, 2023 09:30:21 am",
        "Oct 04, 2023 09:29:54 am", "Oct 04, 2023 09:29:46 am", "Oct 04, 2023 09:29:39 am",
        "Oct 04, 2023 09:29:33 am" };

    private static final DateTimeFormatter BLAST_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM dd, yyyy hh:mm:ss a").toFormatter(Locale.US);

    private TestSessions() {
    }

    /** Real swing times in export order (newest first), read on a UTC clock. */
    static long[] realSwingsNewestFirst() {
        return Arrays.stream(KISER_SWINGS)
                .mapToLong(text -> LocalDateTime.parse(text, BLAST_DATE).toInstant(ZoneOffset.UTC).toEpochMilli())
                .toArray();
    }

    /**
     * The HitTrax event of each swing, same positions: swing time plus the offset plus the part of a
     * second that Blast cut off (varied, 100..899 ms).
     */
    static long[] eventsOf(long[] swings, long offsetMillis) {
        long[] events = new long[swings.length];
        for (int i = 0; i < swings.length; i++) {
            events[i] = swings[i] + offsetMillis + lostMillis(i);
        }
        return events;
    }

    static long lostMillis(int i) {
        return 100 + (i * 379L) % 800;
    }

    static void assertPairsEverySwingWithItsOwnEvent(MatchResult result, int count) {
        assertEquals(count, result.pairs().size(), "pairs");
        for (MatchedPair pair : result.pairs()) {
            assertEquals(pair.swingIndex(), pair.eventIndex(), "event paired with swing " + pair.swingIndex());
        }
    }

    /** Events and swings built item by item; each event knows the swing it belongs to, if any. */
    static final class Builder {

        private record Event(long time, int swing) {
        }

        private final List<Long> swings = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();

        int swing(long time) {
            swings.add(time);
            return swings.size() - 1;
        }

        Builder battedBall(long swingTime, long eventTime) {
            events.add(new Event(eventTime, swing(swingTime)));
            return this;
        }

        Builder take(long eventTime) {
            events.add(new Event(eventTime, -1));
            return this;
        }

        long[] swingTimes() {
            return swings.stream().mapToLong(Long::longValue).toArray();
        }

        /** Events in HitTrax order (oldest first). */
        long[] eventTimes() {
            return sortedEvents().stream().mapToLong(Event::time).toArray();
        }

        /** For each event position of {@link #eventTimes()}, its swing position or -1 for a take. */
        int[] swingOfEvent() {
            return sortedEvents().stream().mapToInt(Event::swing).toArray();
        }

        private List<Event> sortedEvents() {
            return events.stream().sorted(Comparator.comparingLong(Event::time)).toList();
        }
    }
}
