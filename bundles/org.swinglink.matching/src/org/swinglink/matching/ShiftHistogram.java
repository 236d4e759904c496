package org.swinglink.matching;

import java.util.Arrays;

/**
 * Histogram of event minus mapped swing within a search range around a clock model, over the swings
 * the model does not explain: the swings after a step line up at the step's size, a narrow peak of
 * their own. Swings the model explains are left out, since their neighbouring pitches would bury a
 * short stretch's peak in the cadence's side peaks. Finer than {@link DifferenceHistogram} and with
 * narrow windows, since a step of one swing gap must not vanish in a neighbouring peak.
 */
final class ShiftHistogram {

    static final long BIN_MILLIS = 250;
    private static final long MAX_DIFFERENCES = 2_000_000;

    private ShiftHistogram() {
    }

    /**
     * Up to {@code maxPeaks} shifts, most swings first, each the centre of a window of +-{@code halfWindowMillis}
     * that does not overlap a higher one's, at least {@code minShiftMillis} from zero.
     */
    static long[] peaks(VisitTimes visit, ClockFit current, long searchMillis, long halfWindowMillis,
            long minShiftMillis, int maxPeaks) {
        ClockModel model = current.clock();
        double[] score = current.residuals().scoreBySwing();
        SortedTimes events = visit.events();
        SortedTimes swings = visit.swings();
        int lo = visit.lo();
        int hi = visit.hi();
        int zeroBin = (int) (searchMillis / BIN_MILLIS) + 1;
        int[] counts = new int[2 * zeroBin + 1];
        long reach = searchMillis;
        int stride = (int) Math.max(1, (hi - lo) * 16L / MAX_DIFFERENCES);
        for (int s = lo; s < hi; s += stride) {
            if (score[s] >= ClockEstimator.EXPLAINED_LEVEL) {
                continue;
            }
            long mapped = model.toHitTraxMillis(swings.time(s));
            int end = events.firstAtOrAfter(Saturating.add(mapped, reach + 1));
            for (int e = events.firstAtOrAfter(Saturating.subtract(mapped, reach)); e < end; e++) {
                counts[(int) Math.floorDiv(events.time(e) - mapped, BIN_MILLIS) + zeroBin]++;
            }
        }
        int halfWindow = (int) Math.max(1, halfWindowMillis / BIN_MILLIS);
        int[] sums = new int[counts.length];
        int running = 0;
        for (int bin = 0; bin < counts.length + halfWindow; bin++) {
            if (bin < counts.length) {
                running += counts[bin];
            }
            if (bin - 2 * halfWindow - 1 >= 0) {
                running -= counts[bin - 2 * halfWindow - 1];
            }
            if (bin - halfWindow >= 0 && bin - halfWindow < counts.length) {
                sums[bin - halfWindow] = running;
            }
        }
        boolean[] taken = new boolean[counts.length];
        int minShiftBins = (int) (minShiftMillis / BIN_MILLIS);
        for (int bin = Math.max(0, zeroBin - minShiftBins); bin <= Math.min(counts.length - 1, zeroBin + minShiftBins); bin++) {
            taken[bin] = true;
        }
        long[] peaks = new long[maxPeaks];
        int found = 0;
        while (found < maxPeaks) {
            int best = -1;
            for (int bin = 0; bin < sums.length; bin++) {
                if (!taken[bin] && sums[bin] > 1 && (best < 0 || sums[bin] > sums[best])) {
                    best = bin;
                }
            }
            if (best < 0) {
                break;
            }
            peaks[found++] = Math.round((WindowCentre.of(counts, best, halfWindow) - zeroBin) * BIN_MILLIS + BIN_MILLIS / 2.0);
            for (int bin = Math.max(0, best - 2 * halfWindow); bin <= Math.min(counts.length - 1, best + 2 * halfWindow); bin++) {
                taken[bin] = true;
            }
        }
        return Arrays.copyOf(peaks, found);
    }
}
