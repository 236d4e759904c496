package org.swinglink.matching.bench;

import java.util.random.RandomGenerator;

/**
 * Timing of real batting practice, measured once from the Blast Motion exports in
 * shared/data/blast-real: "whoopblast-swing-data-complete.csv" (3,123 swings, May 2020 - Jan 2022)
 * and "Metrics - Klayton Kiser.csv" (91 swings, Oct 2023); "whoopblast-swing-data3.csv" is a subset
 * of the first and was left out. Swings were sorted per file; a gap of up to 60 s continues a round,
 * up to 1 h starts a new round, longer starts a new session. Each table holds the 0%, 5%, ..., 100%
 * quantiles (21 values, n = number of gaps measured); samples interpolate between them.
 */
final class SwingCadence {

    /**
     * Seconds between swings in a round, n = 2,859; median 7 s. The single 0 s gap (two swings in the
     * same second) was replaced by the next smallest, 3 s.
     */
    static final double[] WITHIN_ROUND_GAP_SECONDS = {
        3, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 10, 12, 14, 19, 60 };

    /** Seconds between rounds of one session, n = 298; median 3 min. */
    static final double[] BETWEEN_ROUNDS_SECONDS = {
        61, 73, 83, 97, 105, 117, 127, 137, 150, 168, 183, 204, 230, 259, 280, 332, 393, 448, 620, 1130, 3587 };

    /** Swings per round, n = 355 rounds; median 8. */
    static final double[] SWINGS_PER_ROUND = {
        1, 1, 2, 4, 5, 6, 6, 6, 7, 8, 8, 8, 9, 10, 10, 11, 12, 13, 16, 21, 52 };

    /** Rounds per session, n = 57 sessions; median 6. */
    static final double[] ROUNDS_PER_SESSION = {
        1, 2, 2, 3, 3, 4, 4, 4, 5, 6, 6, 6, 6, 7, 8, 8, 10, 11, 11, 12, 13 };

    private final RandomGenerator random;

    SwingCadence(RandomGenerator random) {
        this.random = random;
    }

    long withinRoundGapMillis() {
        return Math.round(sample(WITHIN_ROUND_GAP_SECONDS) * 1000);
    }

    long betweenRoundsMillis() {
        return Math.round(sample(BETWEEN_ROUNDS_SECONDS) * 1000);
    }

    int swingsPerRound() {
        return (int) Math.round(sample(SWINGS_PER_ROUND));
    }

    int roundsPerSession() {
        return (int) Math.round(sample(ROUNDS_PER_SESSION));
    }

    private double sample(double[] quantiles) {
        double position = random.nextDouble() * (quantiles.length - 1);
        int below = (int) position;
        double fraction = position - below;
        return quantiles[below] + fraction * (quantiles[below + 1] - quantiles[below]);
    }
}
