package org.swinglink.matching;

/**
 * How well one clock offset fits: how many swings have an event within tolerance once shifted, and
 * how close those nearest events are.
 *
 * @param closeness sum over supporting swings of 1 - (residual / tolerance)^2: a pair at the centre
 *     counts fully, one at the edge of the tolerance hardly. True pairs sit near the centre while
 *     chance pairs spread evenly, so a cadence side peak that catches one pair more still scores less.
 */
record OffsetFit(long offsetMillis, int supportingSwings, double closeness, long medianResidualMillis) {

    static final OffsetFit NONE = new OffsetFit(0, 0, 0, 0);

    static OffsetFit of(SortedTimes events, SortedTimes swings, long offsetMillis, long toleranceMillis) {
        long[] residuals = new long[swings.size()];
        int supporting = 0;
        double closeness = 0;
        int e = 0;
        for (int s = 0; s < swings.size() && events.size() > 0; s++) {
            long shifted = Saturating.add(swings.time(s), offsetMillis);
            while (e + 1 < events.size() && events.time(e + 1) <= shifted) {
                e++;
            }
            long residual = nearerResidual(events, e, shifted);
            if (Math.abs(residual) <= toleranceMillis) {
                residuals[supporting++] = residual;
                closeness += toleranceMillis == 0 ? 1 : 1 - square((double) residual / toleranceMillis);
            }
        }
        long median = supporting == 0 ? 0 : Median.of(residuals, supporting);
        return new OffsetFit(offsetMillis, supporting, closeness, median);
    }

    private static double square(double value) {
        return value * value;
    }

    private static long nearerResidual(SortedTimes events, int atOrBefore, long shifted) {
        long residual = Saturating.subtract(events.time(atOrBefore), shifted);
        if (atOrBefore + 1 < events.size()) {
            long after = Saturating.subtract(events.time(atOrBefore + 1), shifted);
            if (Math.abs(after) < Math.abs(residual)) {
                return after;
            }
        }
        return residual;
    }

    /** The offset that would centre the residuals of the supporting swings. */
    long centredOffsetMillis() {
        return Saturating.add(offsetMillis, medianResidualMillis);
    }

    /** Closer fit first; then more supporting swings; then the offset nearer to zero. */
    boolean isBetterThan(OffsetFit other) {
        if (other == null) {
            return true;
        }
        if (closeness != other.closeness) {
            return closeness > other.closeness;
        }
        if (supportingSwings != other.supportingSwings) {
            return supportingSwings > other.supportingSwings;
        }
        return Math.abs(offsetMillis) < Math.abs(other.offsetMillis);
    }
}
