package org.swinglink.matching;

/**
 * How well one clock offset fits: how many swings have an event within tolerance once shifted, and
 * the residuals (event - shifted swing) of those nearest events.
 */
record OffsetFit(long offsetMillis, int supportingSwings, long medianResidualMillis, long totalAbsResidualMillis) {

    static OffsetFit of(SortedTimes events, SortedTimes swings, long offsetMillis, long toleranceMillis) {
        long[] residuals = new long[swings.size()];
        int supporting = 0;
        long totalAbs = 0;
        int e = 0;
        for (int s = 0; s < swings.size() && events.size() > 0; s++) {
            long shifted = Saturating.add(swings.time(s), offsetMillis);
            while (e + 1 < events.size() && events.time(e + 1) <= shifted) {
                e++;
            }
            long residual = nearerResidual(events, e, shifted);
            if (Math.abs(residual) <= toleranceMillis) {
                residuals[supporting++] = residual;
                totalAbs += Math.abs(residual);
            }
        }
        long median = supporting == 0 ? 0 : Median.of(residuals, supporting);
        return new OffsetFit(offsetMillis, supporting, median, totalAbs);
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

    /** More supporting swings first; then tighter residuals; then the smaller correction. */
    boolean isBetterThan(OffsetFit other) {
        if (other == null) {
            return true;
        }
        if (supportingSwings != other.supportingSwings) {
            return supportingSwings > other.supportingSwings;
        }
        if (totalAbsResidualMillis != other.totalAbsResidualMillis) {
            return totalAbsResidualMillis < other.totalAbsResidualMillis;
        }
        return Math.abs(offsetMillis) < Math.abs(other.offsetMillis);
    }
}
