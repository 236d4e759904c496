package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.swinglink.matching.bench.GeneratedSession;
import org.swinglink.matching.bench.PairingScore;
import org.swinglink.matching.bench.SessionGenerator;
import org.swinglink.matching.bench.SessionSpec;

/** Seeded sessions at real Blast cadence with misses, takes and clock offsets; truth from the generator. */
class GeneratedSessionQualityTest {

    private static final long[] OFFSETS_MILLIS = { 0, 45_000, 180_000, 3_600_000, -37 * 60_000 };
    private static final long[] PAIRABLE_JITTERS_MILLIS = { 300, 1_000 };
    private static final double[] MISSING_RATES = { 0.10, 0.30 };

    private final SwingMatcher matcher = new SwingMatcher();

    @Test
    void givenSeededPairableSessions_whenMatching_thenPrecisionAndRecallMeetTheTarget() {
        PairingScore total = PairingScore.NONE;
        long seed = 100;
        for (long offset : OFFSETS_MILLIS) {
            for (long jitter : PAIRABLE_JITTERS_MILLIS) {
                for (double missing : MISSING_RATES) {
                    total = total.plus(score(new SessionGenerator(seed++), offset, jitter, missing, 10));
                }
            }
        }

        assertTrue(total.precision() >= 0.995, "precision " + total);
        assertTrue(total.recall() >= 0.99, "recall " + total);
    }

    @Test
    void givenMonthsOfDailySessionsInOneInput_whenMatching_thenPairsAlmostEverySwing() {
        GeneratedSession months = new SessionGenerator(9).sessions(new SessionSpec(-125_250, 500, 0.2, 0.2), 20_000);

        PairingScore score = PairingScore.of(
                matcher.match(months.eventEpochMillis(), months.swingEpochMillis(), MatchOptions.defaults()).pairs(),
                months);

        assertTrue(score.precision() >= 0.999, "precision " + score);
        assertTrue(score.recall() >= 0.999, "recall " + score);
    }

    @Test
    void givenShuffledGeneratedSession_whenMatching_thenScoresTheSameAsInExportOrder() {
        GeneratedSession session = new SessionGenerator(5).sessions(new SessionSpec(7_200_400, 300, 0.1, 0.1), 2_000);
        GeneratedSession shuffled = session.shuffled(new Random(5));

        PairingScore inOrder = PairingScore.of(
                matcher.match(session.eventEpochMillis(), session.swingEpochMillis(), MatchOptions.defaults()).pairs(),
                session);
        PairingScore outOfOrder = PairingScore.of(
                matcher.match(shuffled.eventEpochMillis(), shuffled.swingEpochMillis(), MatchOptions.defaults())
                        .pairs(),
                shuffled);

        assertTrue(inOrder.equals(outOfOrder), inOrder + " vs " + outOfOrder);
    }

    private PairingScore score(SessionGenerator generator, long offset, long jitter, double missing, int sessions) {
        Random subSecond = new Random(offset);
        PairingScore total = PairingScore.NONE;
        for (int i = 0; i < sessions; i++) {
            GeneratedSession session = generator.session(
                    new SessionSpec(offset + subSecond.nextInt(1000), jitter, missing, missing));
            total = total.plus(PairingScore.of(
                    matcher.match(session.eventEpochMillis(), session.swingEpochMillis(), MatchOptions.defaults())
                            .pairs(),
                    session));
        }
        return total;
    }
}
