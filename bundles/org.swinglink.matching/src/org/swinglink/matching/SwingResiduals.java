package org.swinglink.matching;

/**
 * How well a clock model fits each swing of a visit: the residual to the nearest event once the swing
 * is moved onto the HitTrax clock, and its {@link ResidualScore}. Swings outside the visit's range
 * score 0.
 */
final class SwingResiduals {

    private final long[] residual;
    private final double[] score;
    private final double total;
    private final int supporting;

    private SwingResiduals(long[] residual, double[] score, double total, int supporting) {
        this.residual = residual;
        this.score = score;
        this.total = total;
        this.supporting = supporting;
    }

    static SwingResiduals of(SortedTimes events, SortedTimes swings, int from, int to, ClockModel clock,
            ResidualScore scoring) {
        long[] residual = new long[swings.size()];
        double[] score = new double[swings.size()];
        double total = 0;
        int supporting = 0;
        int e = 0;
        for (int s = from; s < to && events.size() > 0; s++) {
            long mapped = clock.toHitTraxMillis(swings.time(s));
            // A step can move the mapped times back, so the cursor walks both ways.
            while (e > 0 && events.time(e) > mapped) {
                e--;
            }
            while (e + 1 < events.size() && events.time(e + 1) <= mapped) {
                e++;
            }
            long nearest = Saturating.subtract(events.time(e), mapped);
            if (e + 1 < events.size()) {
                long after = Saturating.subtract(events.time(e + 1), mapped);
                if (Math.abs(after) < Math.abs(nearest)) {
                    nearest = after;
                }
            }
            residual[s] = nearest;
            score[s] = scoring.of(nearest);
            total += score[s];
            if (score[s] > 0) {
                supporting++;
            }
        }
        return new SwingResiduals(residual, score, total, supporting);
    }

    /** The same residuals under another score. */
    SwingResiduals rescored(ResidualScore scoring, int from, int to) {
        double[] rescored = new double[score.length];
        double sum = 0;
        int count = 0;
        for (int s = from; s < to; s++) {
            rescored[s] = scoring.of(residual[s]);
            sum += rescored[s];
            if (rescored[s] > 0) {
                count++;
            }
        }
        return new SwingResiduals(residual, rescored, sum, count);
    }

    /** Event time minus mapped swing time of the nearest event, for sorted swing {@code s}. */
    long residual(int s) {
        return residual[s];
    }

    double score(int s) {
        return score[s];
    }

    /** The score of every sorted swing, 0 outside the range; shared, not to be changed. */
    double[] scoreBySwing() {
        return score;
    }

    /** Sum of the scores of all swings: what a better model raises. */
    double total() {
        return total;
    }

    /** Swings with an event near enough to score. */
    int supporting() {
        return supporting;
    }
}
