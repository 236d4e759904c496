package org.swinglink.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.swinglink.matching.bench.GeneratedSession;
import org.swinglink.matching.bench.PairingScore;
import org.swinglink.matching.bench.SessionGenerator;
import org.swinglink.matching.bench.SessionSpec;

/**
 * Seeded sessions whose sensor clock drifts or is set in steps within a visit, matched as an import does;
 * truth from the generator. The floors sit a little below what the matcher reaches on these seeds, so a
 * change that loses pairs fails here. (The target for steps, 99.5%, is not reached yet.)
 */
class ClockChangeQualityTest {

    private static final long[] OFFSETS_MILLIS = { 0, 45_000, 180_000, 3_600_000, -37 * 60_000 };
    private static final long[] JITTERS_MILLIS = { 300, 1_000 };
    private static final double[] MISSING_RATES = { 0.1, 0.3 };
    private static final int SESSIONS = 4;

    private final VisitMatcher matcher = new VisitMatcher();

    @Test
    void givenSessionsDriftingUpTo3000Ppm_whenMatching_thenPrecisionAndRecallStayAbove99Percent() {
        PairingScore total = PairingScore.NONE;
        long seed = 500;
        for (double ppm : new double[] { 500, -1_000, 3_000, -3_000 }) {
            total = total.plus(score(seed++, spec -> spec.withDrift(ppm), false));
        }
        total = total.plus(score(seed, spec -> spec.withDrift(-3_000), true));

        assertTrue(total.precision() >= 0.993, "precision " + total);
        assertTrue(total.recall() >= 0.99, "recall " + total);
    }

    @Test
    void givenSessionsWithOneOrTwoStepsOfUpTo30Seconds_whenMatching_thenPrecisionAndRecallStayAboveTheirFloor() {
        PairingScore total = PairingScore.NONE;
        long seed = 600;
        total = total.plus(score(seed++, spec -> spec.withSteps(1, 5_000, 5_000), false));
        total = total.plus(score(seed++, spec -> spec.withSteps(1, 30_000, 30_000), false));
        total = total.plus(score(seed++, spec -> spec.withSteps(2, 1_000, 30_000), false));
        total = total.plus(score(seed, spec -> spec.withDrift(3_000).withSteps(2, 1_000, 30_000), false));

        assertTrue(total.precision() >= 0.955, "precision " + total);
        assertTrue(total.recall() >= 0.905, "recall " + total);
    }

    private PairingScore score(long seed, UnaryOperator<SessionSpec> clock, boolean team) {
        SessionGenerator generator = new SessionGenerator(seed);
        PairingScore total = PairingScore.NONE;
        int session = 0;
        for (long jitter : JITTERS_MILLIS) {
            for (double missing : MISSING_RATES) {
                for (int i = 0; i < SESSIONS; i++, session++) {
                    long offset = OFFSETS_MILLIS[session % OFFSETS_MILLIS.length] + 137 * session % 1000;
                    SessionSpec spec = clock.apply(new SessionSpec(offset, jitter, missing, missing));
                    GeneratedSession generated = team ? generator.teamSession(spec, 4) : generator.session(spec);
                    total = total.plus(PairingScore.of(matcher.match(generated.eventEpochMillis(),
                            generated.swingEpochMillis(), MatchOptions.defaults()).pairs(), generated));
                }
            }
        }
        return total;
    }
}
