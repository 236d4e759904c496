package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swinglink.matching.TestSessions.assertPairsEverySwingWithItsOwnEvent;
import static org.swinglink.matching.TestSessions.eventsOf;
import static org.swinglink.matching.TestSessions.realSwingsNewestFirst;

import java.util.Arrays;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class VisitMatcherTest {
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    /** The sensor clock's offset on each of five visits, a day apart: each day the phone synced differently. */
    private static final long[] OFFSETS = { 47 * SECOND, -95 * SECOND, 2 * MINUTE + 13 * SECOND, HOUR + 4 * SECOND, -3 * SECOND };

    private final VisitMatcher matcher = new VisitMatcher();

    @Test
    void givenAVisitEachDayWithItsOwnClockOffset_whenMatching_thenPairsEverySwingWithItsOwnEvent() {
        long[] swings = season(OFFSETS.length);
        long[] events = seasonEvents(swings, OFFSETS);

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertTrue(result.offsetEstimated());
        assertEquals(1.0, result.offsetSupport());
    }

    @Test
    void givenAVisitEachDay_whenMatching_thenEachVisitHasItsClockOverItsSwingsInTimeOrder() {
        long[] swings = season(OFFSETS.length);
        long[] events = seasonEvents(swings, OFFSETS);

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

        assertEquals(OFFSETS.length, result.visitClocks().size());
        long[] session = realSwingsNewestFirst();
        for (int day = 0; day < OFFSETS.length; day++) {
            VisitClock visit = result.visitClocks().get(day);
            long first = session[session.length - 1] + day * DAY;
            long last = session[0] + day * DAY;
            assertTrue(visit.covers(first) && visit.covers(last), "day " + day + ": " + visit);
            assertTrue(visit.clock().isConstant(), visit.toString());
            assertEquals(OFFSETS[day] + 500, visit.clock().offsetAtStartMillis(), 400, "day " + day);
        }
    }

    @Test
    void givenTheSameSeason_whenMatchingWithOneOffsetForAll_thenMostSwingsAreLost() {
        long[] swings = season(OFFSETS.length);
        long[] events = seasonEvents(swings, OFFSETS);

        MatchResult result = new SwingMatcher().match(events, swings, MatchOptions.defaults());

        assertTrue(result.pairs().size() < swings.length / 2, "one offset for five clocks paired " + result.pairs().size());
    }

    @Test
    void givenOneVisit_whenMatching_thenResultIsTheSingleSessionMatchers() {
        long[] swings = realSwingsNewestFirst();
        long[] events = eventsOf(swings, 47 * SECOND);

        MatchResult visits = matcher.match(events, swings, MatchOptions.defaults());
        MatchResult single = new SwingMatcher().match(events, swings, MatchOptions.defaults());

        assertEquals(single, visits);
    }

    @Test
    void givenAVisitTooSmallToEstimateItsOwnOffset_whenMatching_thenItUsesTheOffsetOfAllVisits() {
        long[] bigVisit = realSwingsNewestFirst();
        long[] smallVisit = Arrays.stream(bigVisit).limit(VisitMatcher.MIN_TO_ESTIMATE - 1).map(t -> t + DAY).toArray();
        long[] swings = LongStream.concat(Arrays.stream(bigVisit), Arrays.stream(smallVisit)).toArray();
        long[] events = eventsOf(swings, 5 * MINUTE);

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
    }

    @Test
    void givenAFixedOffset_whenMatching_thenEveryVisitUsesIt() {
        long[] swings = season(2);
        long[] events = seasonEvents(swings, new long[] { 30 * SECOND, 30 * SECOND });

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults().withFixedOffset(30 * SECOND));

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertEquals(30 * SECOND, result.offsetMillis());
    }

    /** The real session's swings repeated on consecutive days. */
    private static long[] season(int days) {
        long[] session = realSwingsNewestFirst();
        return LongStream.range(0, days).flatMap(day -> Arrays.stream(session).map(t -> t + day * DAY)).toArray();
    }

    private static long[] seasonEvents(long[] swings, long[] offsetByDay) {
        int perDay = realSwingsNewestFirst().length;
        long[] events = new long[swings.length];
        for (int day = 0; day < offsetByDay.length; day++) {
            long[] daySwings = Arrays.copyOfRange(swings, day * perDay, (day + 1) * perDay);
            System.arraycopy(eventsOf(daySwings, offsetByDay[day]), 0, events, day * perDay, perDay);
        }
        return events;
    }
}
