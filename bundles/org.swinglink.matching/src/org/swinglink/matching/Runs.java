package org.swinglink.matching;

/**
 * Runs of consecutive swings that score best: where a clock model explains the swings (scores above a
 * level), or where another model would explain them better than the current one (gains above 0).
 */
final class Runs {

    private Runs() {
    }

    /** [from, to) within [lo, hi) with the largest sum of {@code values[i] - level}; empty (from == to) when none is positive. */
    static int[] bestAbove(double[] values, double level, int lo, int hi) {
        double best = 0;
        int bestFrom = lo;
        int bestTo = lo;
        double running = 0;
        int runningFrom = lo;
        for (int i = lo; i < hi; i++) {
            if (running <= 0) {
                running = 0;
                runningFrom = i;
            }
            running += values[i] - level;
            if (running > best) {
                best = running;
                bestFrom = runningFrom;
                bestTo = i + 1;
            }
        }
        return new int[] { bestFrom, bestTo };
    }

    static double sum(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }
}
