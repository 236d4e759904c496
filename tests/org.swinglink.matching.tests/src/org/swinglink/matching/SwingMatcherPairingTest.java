package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swinglink.matching.TestSessions.eventsOf;
import static org.swinglink.matching.TestSessions.realSwingsNewestFirst;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.swinglink.matching.bench.GeneratedSession;

class SwingMatcherPairingTest {

    private static final long T = 1_696_412_317_000L;
    private static final MatchOptions NO_OFFSET = MatchOptions.defaults().withFixedOffset(0);

    private final SwingMatcher matcher = new SwingMatcher();

    @Test
    void givenMissesAndTakes_whenMatching_thenTheyStayUnpaired() {
        long[] real = realSwingsNewestFirst();
        long offset = 90_000;
        TestSessions.Builder session = new TestSessions.Builder();
        for (int i = real.length - 1; i >= 0; i--) {
            if (i % 7 == 3) {
                session.swing(real[i]);
            } else {
                session.battedBall(real[i], real[i] + offset + TestSessions.lostMillis(i));
            }
        }
        // Takes half-way through the longer gaps, too far from either swing.
        for (int i = 1; i < real.length; i += 5) {
            if (real[i - 1] - real[i] >= 9_000) {
                session.take((real[i - 1] + real[i]) / 2 + offset);
            }
        }
        int[] swingOfEvent = session.swingOfEvent();

        MatchResult result = matcher.match(session.eventTimes(), session.swingTimes(), MatchOptions.defaults());

        for (MatchedPair pair : result.pairs()) {
            assertEquals(swingOfEvent[pair.eventIndex()], pair.swingIndex(), "swing of event " + pair.eventIndex());
        }
        int[] takes = IntStream.range(0, swingOfEvent.length).filter(e -> swingOfEvent[e] < 0)
                .toArray();
        assertTrue(takes.length >= 2, "the session needs takes to test");
        assertArrayEquals(takes, result.unmatchedEventIndices(swingOfEvent.length));
        assertEquals(session.swingTimes().length - result.pairs().size(),
                result.unmatchedSwingIndices(session.swingTimes().length).length);
        assertEquals(real.length - (real.length + 3) / 7, result.pairs().size());
    }

    @Test
    void givenTwoSwingsNearOneEvent_whenMatching_thenTheEventGetsOnlyTheNearerSwing() {
        long[] swings = { T, T + 1_000 };
        long[] events = { T + 600 };

        MatchResult result = matcher.match(events, swings, NO_OFFSET);

        assertEquals(List.of(new MatchedPair(0, 1, -400)), result.pairs());
    }

    @Test
    void givenANearerEventThatWouldStrandTheNextSwing_whenMatching_thenPrefersMorePairs() {
        long[] swings = { T, T + 3_000 };
        long[] events = { T - 1_500, T + 1_000 };

        MatchResult result = matcher.match(events, swings, NO_OFFSET);

        assertEquals(List.of(new MatchedPair(0, 0, -1_500), new MatchedPair(1, 1, -2_000)), result.pairs());
    }

    @Test
    void givenATakeBetweenTwoSwings_whenMatching_thenPairsTheCloserEvent() {
        long[] swings = { T, T + 4_000 };
        long[] events = { T + 1_500, T + 2_600, T + 5_000 };

        MatchResult result = matcher.match(events, swings, NO_OFFSET);

        assertEquals(List.of(new MatchedPair(0, 0, 1_500), new MatchedPair(2, 1, 1_000)), result.pairs());
    }

    @Test
    void givenCrossingCandidates_whenMatching_thenKeepsTimeOrder() {
        long[] swings = { T, T + 1_000 };
        long[] events = { T + 900, T + 100 };

        MatchResult result = matcher.match(events, swings, NO_OFFSET);

        assertEquals(List.of(new MatchedPair(1, 0, 100), new MatchedPair(0, 1, -100)), result.pairs());
    }

    @Test
    void givenToleranceOverride_whenMatching_thenPairsOnlyWithinIt() {
        long[] swings = { T, T + 20_000 };
        long[] events = { T + 1_500, T + 22_600 };

        MatchResult byDefault = matcher.match(events, swings, NO_OFFSET);
        MatchResult narrow = matcher.match(events, swings, NO_OFFSET.withTolerance(1_000));
        MatchResult wide = matcher.match(events, swings, NO_OFFSET.withTolerance(3_000));

        assertEquals(List.of(new MatchedPair(0, 0, 1_500)), byDefault.pairs());
        assertEquals(List.of(), narrow.pairs());
        assertEquals(2, wide.pairs().size());
    }

    @Test
    void givenShuffledInput_whenMatching_thenIndicesReferToInputPositions() {
        long[] swings = realSwingsNewestFirst();
        long[] events = eventsOf(swings, 42_000);
        int[] swingPosition = GeneratedSession.randomPermutation(swings.length, new Random(7));
        int[] eventPosition = GeneratedSession.randomPermutation(events.length, new Random(11));
        long[] shuffledSwings = new long[swings.length];
        long[] shuffledEvents = new long[events.length];
        for (int i = 0; i < swings.length; i++) {
            shuffledSwings[swingPosition[i]] = swings[i];
            shuffledEvents[eventPosition[i]] = events[i];
        }

        MatchResult result = matcher.match(shuffledEvents, shuffledSwings, MatchOptions.defaults());

        assertEquals(swings.length, result.pairs().size());
        for (int i = 0; i < swings.length; i++) {
            assertTrue(result.pairs().contains(new MatchedPair(eventPosition[i], swingPosition[i],
                    events[i] - swings[i] - result.offsetMillis())), "pair of original swing " + i);
        }
    }

    @Test
    void givenDuplicateTimes_whenMatching_thenEachInputIsUsedOnce() {
        long[] swings = { T + 8_000, T, T };
        long[] events = { T + 400, T + 300, T + 8_300, T + 300 };

        MatchResult result = matcher.match(events, swings, NO_OFFSET);

        assertEquals(3, result.pairs().size());
        assertEquals(3, result.pairs().stream().mapToInt(MatchedPair::eventIndex).distinct().count());
        assertEquals(3, result.pairs().stream().mapToInt(MatchedPair::swingIndex).distinct().count());
        assertEquals(1, result.unmatchedEventIndices(events.length).length);
    }

    @Test
    void givenDuplicatedExportRows_whenEstimatingOffset_thenStillFindsIt() {
        long[] real = realSwingsNewestFirst();
        long[] swings = Arrays.copyOf(real, real.length + 5);
        System.arraycopy(real, 10, swings, real.length, 5);

        MatchResult result = matcher.match(eventsOf(real, 120_000), swings, MatchOptions.defaults());

        assertEquals(120_500, result.offsetMillis(), 400);
        assertEquals(real.length, result.pairs().size());
    }

    @Test
    void givenThousandsOfIdenticalTimes_whenMatching_thenPairsThemAllQuickly() {
        long[] swings = new long[2_100];
        long[] events = new long[2_100];
        Arrays.fill(swings, T);
        Arrays.fill(events, T + 250);

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

        assertEquals(2_100, result.pairs().size());
    }

    @Test
    void givenExtremeTimes_whenMatching_thenNothingOverflows() {
        long[] swings = { Long.MIN_VALUE, T, Long.MAX_VALUE };
        long[] events = { Long.MAX_VALUE - 1, T + 500, Long.MIN_VALUE };

        MatchResult fixed = matcher.match(events, swings, MatchOptions.defaults().withFixedOffset(Long.MAX_VALUE));
        MatchResult estimated = matcher.match(events, swings, MatchOptions.defaults());
        MatchResult searchedEverywhere = matcher.match(events, swings,
                MatchOptions.defaults().withMaxOffset(Long.MAX_VALUE));

        assertTrue(fixed.pairs().stream().noneMatch(SwingMatcherPairingTest::pairsTheOrdinarySwing),
                fixed.pairs().toString());
        assertTrue(estimated.pairs().stream().anyMatch(SwingMatcherPairingTest::pairsTheOrdinarySwing),
                estimated.pairs().toString());
        assertEquals(3, searchedEverywhere.pairs().size() + searchedEverywhere.unmatchedSwingIndices(3).length);
    }

    private static boolean pairsTheOrdinarySwing(MatchedPair pair) {
        return pair.eventIndex() == 1 && pair.swingIndex() == 1;
    }

    @Test
    void givenNoEvents_whenMatching_thenEverySwingIsUnmatched() {
        long[] swings = realSwingsNewestFirst();

        MatchResult result = matcher.match(new long[0], swings, MatchOptions.defaults());

        assertEquals(List.of(), result.pairs());
        assertEquals(swings.length, result.unmatchedSwingIndices(swings.length).length);
        assertEquals(0.0, result.offsetSupport());
    }

    @Test
    void givenNoSwings_whenMatching_thenEveryEventIsUnmatched() {
        long[] events = eventsOf(realSwingsNewestFirst(), 0);

        MatchResult result = matcher.match(events, new long[0], MatchOptions.defaults());

        assertEquals(List.of(), result.pairs());
        assertEquals(events.length, result.unmatchedEventIndices(events.length).length);
        assertEquals(0.0, result.offsetSupport());
    }

    @Test
    void givenNothing_whenMatching_thenReturnsAnEmptyResult() {
        MatchResult estimated = matcher.match(new long[0], new long[0], MatchOptions.defaults());
        MatchResult fixed = matcher.match(new long[0], new long[0], NO_OFFSET.withFixedOffset(5_000));

        assertEquals(new MatchResult(List.of(), 0, true, 0), estimated);
        assertEquals(new MatchResult(List.of(), 5_000, false, 0), fixed);
    }
}
