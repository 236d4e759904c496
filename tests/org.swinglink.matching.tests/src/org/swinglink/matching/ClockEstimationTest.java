package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swinglink.matching.TestSessions.assertPairsEverySwingWithItsOwnEvent;
import static org.swinglink.matching.TestSessions.eventsOf;
import static org.swinglink.matching.TestSessions.realSwingsNewestFirst;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swinglink.matching.bench.GeneratedSession;
import org.swinglink.matching.bench.PairingScore;
import org.swinglink.matching.bench.SessionGenerator;
import org.swinglink.matching.bench.SessionSpec;

/** When the matcher estimates drift and steps, and when it keeps one offset because the data cannot tell. */
class ClockEstimationTest {

    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;

    private final SwingMatcher matcher = new SwingMatcher();

    @Test
    void givenSessionsWithAConstantOffset_whenMatching_thenNoneReportsDriftOrSteps() {
        SessionGenerator generator = new SessionGenerator(21);
        for (int i = 0; i < 40; i++) {
            GeneratedSession session = generator.session(new SessionSpec(45_000 + 97 * i, 1_000, 0.3, 0.3));

            MatchResult result = matcher.match(session.eventEpochMillis(), session.swingEpochMillis(),
                    MatchOptions.defaults());

            assertTrue(result.clock().isConstant(), "session " + i + ": " + result.clock());
        }
    }

    @Test
    void givenFewSwings_whenTheirClockDrifts_thenTheOffsetStaysConstant() {
        long[] swings = Arrays.copyOf(realSwingsNewestFirst(), ClockEstimator.MIN_SWINGS - 1);
        long[] events = drifted(swings, 3 * MINUTE, 5_000);

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

        assertTrue(result.clock().isConstant(), result.clock().toString());
    }

    @Test
    void givenEventsAndSwingsThatBelongToNothing_whenMatching_thenTheOffsetStaysConstant() {
        Random random = new Random(3);
        long start = 1_696_412_317_000L;
        long[] events = random.longs(300, start, start + 90 * MINUTE).toArray();
        long[] swings = random.longs(300, start, start + 90 * MINUTE).map(t -> t / 1000 * 1000).toArray();

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

        assertTrue(result.clock().isConstant(), result.clock().toString());
    }

    @Test
    void givenASessionDrifting3000Ppm_whenMatching_thenEstimatesTheDriftAndPairsEverySwing() {
        long[] swings = threeTimesQuarterOfAnHourApart();
        long[] events = drifted(swings, 3 * MINUTE, 3_000);

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertEquals(3_000, result.clock().driftPpm(), 600);
        assertTrue(result.clock().steps().isEmpty(), result.clock().toString());
    }

    @Test
    void givenTheSensorClockSetBack20SecondsBetweenRounds_whenMatching_thenFindsOneStepAndPairsEverySwing() {
        long[] swings = realSwingsNewestFirst();
        long stepAt = swings[19] + 60 * SECOND;  // in the pause before the newest round
        long[] events = eventsOf(swings, 5 * MINUTE);
        for (int i = 0; i < swings.length; i++) {
            if (swings[i] >= stepAt) {
                swings[i] -= 20 * SECOND;
            }
        }

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

        assertPairsEverySwingWithItsOwnEvent(result, swings.length);
        assertEquals(1, result.clock().steps().size(), result.clock().toString());
        assertEquals(20 * SECOND, result.clock().steps().get(0).sizeMillis(), 600);
    }

    @Test
    void givenAFixedOffset_whenTheClockDrifts_thenTheOffsetStaysAsGiven() {
        long[] swings = realSwingsNewestFirst();
        long[] events = drifted(swings, 3 * MINUTE, 3_000);

        MatchResult result = matcher.match(events, swings, MatchOptions.defaults().withFixedOffset(3 * MINUTE));

        assertEquals(ClockModel.constant(3 * MINUTE), result.clock());
    }

    @Test
    void givenConstantOffsetEstimation_whenTheClockDrifts_thenOnlyAConstantOffsetIsEstimated() {
        long[] swings = realSwingsNewestFirst();
        long[] events = drifted(swings, 3 * MINUTE, 3_000);

        MatchResult result = matcher.match(events, swings,
                MatchOptions.defaults().withClockEstimation(ClockEstimation.CONSTANT_OFFSET));

        assertTrue(result.clock().isConstant(), result.clock().toString());
    }

    @Test
    void givenAFourHourTeamSessionDrifting5000Ppm_whenMatching_thenTheDriftFoundIsCloseAndPairsAlmostAll() {
        GeneratedSession session = new SessionGenerator(8).teamSession(
                new SessionSpec(-37 * MINUTE, 500, 0.1, 0.1).withDrift(-5_000), 4);

        MatchResult result = matcher.match(session.eventEpochMillis(), session.swingEpochMillis(),
                MatchOptions.defaults());

        PairingScore score = PairingScore.of(result.pairs(), session);
        assertEquals(-5_000, result.clock().driftPpm(), 100);
        assertTrue(score.precision() >= 0.995 && score.recall() >= 0.995, score.toString());
    }

    /**
     * Three hours of one player without a break or a dry swing: the whole visit's constant offset is
     * smeared over 47 s by drift and a step, and a cadence alias minutes away stands taller; the
     * offsets of windows of the visit must start the clock's estimate.
     */
    @ParameterizedTest(name = "seed {0}, {1} ppm, {3} ms at pitch {2}")
    @CsvSource({ "16, 3000, 270, 15000", "17, 3000, 270, 15000", "18, 3000, 270, 15000",
            "16, -3000, 270, -15000", "16, 3000, 270, 30000" })
    void givenThreeHoursDriftingAndSetBackOnceWithoutDrySwings_whenMatching_thenFindsTheClockAndPairsAlmostAll(
            long seed, double ppm, int stepPitch, long stepMillis) {
        Random random = new Random(seed);
        long start = 1_772_748_000_000L;
        long time = start;
        long[] events = new long[540];
        long[] swings = new long[540];
        int swingCount = 0;
        for (int pitch = 1; pitch <= events.length; pitch++) {
            time += random.nextLong(15 * SECOND, 25 * SECOND);
            events[pitch - 1] = time;
            if (pitch % 10 != 0) {
                long behind = 47 * SECOND + Math.round((time - start) * ppm * 1e-6)
                        + (pitch >= stepPitch ? stepMillis : 0);
                swings[swingCount++] = Math.floorDiv(time - behind, SECOND) * SECOND;
            }
        }
        swings = Arrays.copyOf(swings, swingCount);

        MatchResult result = new VisitMatcher().match(events, swings, MatchOptions.defaults());

        assertTrue(result.pairs().size() >= 0.995 * swingCount, result.pairs().size() + " of " + swingCount);
        for (MatchedPair pair : result.pairs()) {
            assertEquals(pair.swingIndex() + pair.swingIndex() / 9, pair.eventIndex(), "swing " + pair.swingIndex());
        }
        assertEquals(ppm, result.clock().driftPpm(), 300, result.clock().toString());
        assertEquals(1, result.clock().steps().size(), result.clock().toString());
        assertEquals(stepMillis, result.clock().steps().get(0).sizeMillis(), 1_500);
    }

    /** The real session played three times, each 15 minutes after the one before: 45 minutes. */
    private static long[] threeTimesQuarterOfAnHourApart() {
        long[] once = realSwingsNewestFirst();
        long[] swings = new long[3 * once.length];
        for (int copy = 0; copy < 3; copy++) {
            for (int i = 0; i < once.length; i++) {
                swings[copy * once.length + i] = once[i] + copy * 15 * MINUTE;
            }
        }
        return swings;
    }

    /** The events of the real swings, the sensor clock drifting from the first swing on (it runs slow for a positive rate). */
    private static long[] drifted(long[] swings, long offsetMillis, double ppm) {
        long first = Arrays.stream(swings).min().getAsLong();
        long[] events = eventsOf(swings, offsetMillis);
        for (int i = 0; i < swings.length; i++) {
            events[i] += Math.round(ppm * 1e-6 * (swings[i] - first));
        }
        return events;
    }
}
