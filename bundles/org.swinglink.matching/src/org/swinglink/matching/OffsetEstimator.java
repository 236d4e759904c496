package org.swinglink.matching;

/**
 * Estimates HitTrax clock minus sensor clock from the times alone.
 *
 * <p>Coarse: the highest peaks of the {@link DifferenceHistogram}. Fine: each peak is moved to the
 * median residual of the swings it pairs until it settles, and the candidate whose shifted swings find
 * the most events close by wins ({@link OffsetFit#closeness()}). The full data, not the peak height of
 * the sampled histogram, decides, because a regular cadence can make a side peak one swing gap away
 * look nearly as tall as the real one.
 */
final class OffsetEstimator {

    static final int CANDIDATE_PEAKS = 8;
    private static final int MAX_REFINEMENTS = 4;

    private OffsetEstimator() {
    }

    /** The best fit, or a fit at offset 0 with no support when nothing lines up. */
    static OffsetFit estimate(SortedTimes events, SortedTimes swings, long toleranceMillis, long maxOffsetMillis) {
        if (events.size() == 0 || swings.size() == 0) {
            return OffsetFit.NONE;
        }
        long[] peaks = DifferenceHistogram.of(events, swings, toleranceMillis, maxOffsetMillis)
                .peakOffsets(CANDIDATE_PEAKS, toleranceMillis);
        OffsetFit best = null;
        for (long peak : peaks) {
            OffsetFit fit = refine(OffsetFit.of(events, swings, peak, toleranceMillis), events, swings, toleranceMillis,
                    maxOffsetMillis);
            if (fit.isBetterThan(best)) {
                best = fit;
            }
        }
        return best == null || best.supportingSwings() == 0 ? OffsetFit.NONE : best;
    }

    /**
     * Moves the offset to the median residual until it settles. Centring wins even when it drops a
     * pair or two at the edge of the tolerance: true pairs cluster around the real offset, while
     * pairs caught only at the edge are usually a miss next to a take.
     */
    private static OffsetFit refine(OffsetFit fit, SortedTimes events, SortedTimes swings, long toleranceMillis,
            long maxOffsetMillis) {
        OffsetFit current = fit;
        for (int round = 0; round < MAX_REFINEMENTS && current.supportingSwings() > 0; round++) {
            long centred = current.centredOffsetMillis();
            if (centred == current.offsetMillis() || Math.abs(centred) > maxOffsetMillis) {
                break;
            }
            current = OffsetFit.of(events, swings, centred, toleranceMillis);
        }
        return current;
    }
}
