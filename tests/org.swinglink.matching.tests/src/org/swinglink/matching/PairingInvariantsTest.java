package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swinglink.matching.bench.GeneratedSession;
import org.swinglink.matching.bench.SessionGenerator;
import org.swinglink.matching.bench.SessionSpec;

class PairingInvariantsTest {

    private final SwingMatcher matcher = new SwingMatcher();

    @Test
    void givenNoisySessionsWithManyMissesAndTakes_whenMatching_thenPairsAreOneToOneAndNeverCross() {
        for (long seed = 1; seed <= 20; seed++) {
            GeneratedSession session = new SessionGenerator(seed).sessions(new SessionSpec(-3_000, 2_500, 0.3, 0.3),
                    500);
            long[] events = session.eventEpochMillis();
            long[] swings = session.swingEpochMillis();

            MatchResult result = matcher.match(events, swings, MatchOptions.defaults().withTolerance(4_000));

            List<MatchedPair> pairs = result.pairs();
            assertEquals(pairs.size(), pairs.stream().mapToInt(MatchedPair::eventIndex).distinct().count());
            assertEquals(pairs.size(), pairs.stream().mapToInt(MatchedPair::swingIndex).distinct().count());
            List<MatchedPair> bySwingTime = pairs.stream()
                    .sorted(Comparator.comparingLong((MatchedPair pair) -> swings[pair.swingIndex()]))
                    .toList();
            for (int i = 1; i < bySwingTime.size(); i++) {
                MatchedPair earlier = bySwingTime.get(i - 1);
                MatchedPair later = bySwingTime.get(i);
                assertTrue(events[earlier.eventIndex()] <= events[later.eventIndex()], "crossing pairs " + earlier
                        + " and " + later);
            }
            for (MatchedPair pair : pairs) {
                long delta = events[pair.eventIndex()] - (swings[pair.swingIndex()] + result.offsetMillis());
                assertEquals(delta, pair.deltaMillis());
                assertTrue(Math.abs(delta) <= 4_000, "outside tolerance: " + pair);
            }
        }
    }

    @Test
    void givenSessionsWhoseClockDriftsAndSteps_whenMatching_thenPairsAreOneToOneNeverCrossAndDeltasFollowTheClock() {
        for (long seed = 1; seed <= 20; seed++) {
            GeneratedSession session = new SessionGenerator(seed).teamSession(
                    new SessionSpec(95_000, 500, 0.2, 0.2).withDrift(seed % 2 == 0 ? 3_000 : -3_000)
                            .withSteps(2, 1_000, 30_000), 3);
            long[] events = session.eventEpochMillis();
            long[] swings = session.swingEpochMillis();

            MatchResult result = matcher.match(events, swings, MatchOptions.defaults());

            ClockModel clock = result.clock();
            List<MatchedPair> pairs = result.pairs();
            assertEquals(pairs.size(), pairs.stream().mapToInt(MatchedPair::eventIndex).distinct().count());
            assertEquals(pairs.size(), pairs.stream().mapToInt(MatchedPair::swingIndex).distinct().count());
            List<MatchedPair> byMappedTime = pairs.stream()
                    .sorted(Comparator.comparingLong((MatchedPair pair) -> clock.toHitTraxMillis(swings[pair.swingIndex()])))
                    .toList();
            for (int i = 1; i < byMappedTime.size(); i++) {
                assertTrue(events[byMappedTime.get(i - 1).eventIndex()] <= events[byMappedTime.get(i).eventIndex()],
                        "crossing pairs in session " + seed);
            }
            for (MatchedPair pair : pairs) {
                assertEquals(events[pair.eventIndex()] - clock.toHitTraxMillis(swings[pair.swingIndex()]),
                        pair.deltaMillis());
                assertTrue(Math.abs(pair.deltaMillis()) <= MatchOptions.DEFAULT_TOLERANCE_MILLIS, "outside tolerance: " + pair);
            }
        }
    }
}
