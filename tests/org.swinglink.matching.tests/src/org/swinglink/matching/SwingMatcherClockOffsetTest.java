package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swinglink.matching.TestSessions.assertPairsEverySwingWithItsOwnEvent;
import static org.swinglink.matching.TestSessions.eventsOf;
import static org.swinglink.matching.TestSessions.realSwingsNewestFirst;

import org.junit.jupiter.api.Test;

class SwingMatcherClockOffsetTest {

    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    /** Blast drops the milliseconds, so the best offset sits half a second above the clock difference. */
    private static final long TRUNCATION_CENTRE = 500;

    private final SwingMatcher matcher = new SwingMatcher();

    @Test
    void givenClocksInAgreement_whenMatching_thenPairsEveryBattedBall() {
        long[] swings = realSwingsNewestFirst();

        MatchResult result = matcher.match(eventsOf(swings, 0), swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertEquals(TRUNCATION_CENTRE, result.offsetMillis(), 400);
        assertTrue(result.offsetEstimated());
        assertEquals(1.0, result.offsetSupport());
    }

    @Test
    void givenSensorClockFiveMinutesBehind_whenMatching_thenPairsEveryBattedBall() {
        long[] swings = realSwingsNewestFirst();
        long offset = 5 * MINUTE + 17 * SECOND;

        MatchResult result = matcher.match(eventsOf(swings, offset), swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertEquals(offset + TRUNCATION_CENTRE, result.offsetMillis(), 400);
    }

    @Test
    void givenSensorClockOneHourBehindFromWrongTimeZone_whenMatching_thenFindsTheHourOffset() {
        long[] swings = realSwingsNewestFirst();
        long offset = HOUR + 3 * SECOND;

        MatchResult result = matcher.match(eventsOf(swings, offset), swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertEquals(offset + TRUNCATION_CENTRE, result.offsetMillis(), 400);
    }

    @Test
    void givenSensorClockAheadOfHitTrax_whenMatching_thenEstimatesANegativeOffset() {
        long[] swings = realSwingsNewestFirst();
        long offset = -(37 * MINUTE + 12_300);

        MatchResult result = matcher.match(eventsOf(swings, offset), swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertEquals(offset + TRUNCATION_CENTRE, result.offsetMillis(), 400);
    }

    @Test
    void givenOffsetOfOnlyOneSwingGap_whenMatching_thenDoesNotShiftByOneSwing() {
        long[] swings = realSwingsNewestFirst();
        long offset = 7 * SECOND;

        MatchResult result = matcher.match(eventsOf(swings, offset), swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
    }

    @Test
    void givenOffsetBeyondTheSearchRange_whenMatching_thenReportsLowSupport() {
        long[] swings = realSwingsNewestFirst();

        MatchResult result = matcher.match(eventsOf(swings, 5 * HOUR), swings, MatchOptions.defaults());

        assertTrue(result.offsetSupport() < 0.3, "support " + result.offsetSupport());
    }

    @Test
    void givenWiderSearchRange_whenOffsetIsFiveHours_thenFindsIt() {
        long[] swings = realSwingsNewestFirst();
        MatchOptions options = MatchOptions.defaults().withMaxOffset(6 * HOUR);

        MatchResult result = matcher.match(eventsOf(swings, 5 * HOUR), swings, options);

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
    }

    @Test
    void givenFixedOffset_whenMatching_thenUsesItWithoutEstimating() {
        long[] swings = realSwingsNewestFirst();
        long offset = 3 * MINUTE;

        MatchResult result = matcher.match(eventsOf(swings, offset), swings,
                MatchOptions.defaults().withFixedOffset(offset + TRUNCATION_CENTRE));

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertEquals(offset + TRUNCATION_CENTRE, result.offsetMillis());
        assertFalse(result.offsetEstimated());
    }

    @Test
    void givenWrongFixedOffset_whenMatching_thenTrustsItAndPairsNothing() {
        long[] swings = realSwingsNewestFirst();

        MatchResult result = matcher.match(eventsOf(swings, 3 * MINUTE), swings,
                MatchOptions.defaults().withFixedOffset(-HOUR));

        assertEquals(-HOUR, result.offsetMillis());
        assertTrue(result.pairs().isEmpty());
        assertEquals(0.0, result.offsetSupport());
    }
}
