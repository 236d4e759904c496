package org.swinglink.matching;

/**
 * The times a clock model is fitted to: the visit's sorted events, its sorted swings of positions
 * [lo, hi) (the swings around the events; others given to the matcher belong to other visits), the
 * pairing tolerance, and how residuals are scored.
 */
record VisitTimes(SortedTimes events, SortedTimes swings, int lo, int hi, long toleranceMillis, ResidualScore score) {

    SwingResiduals residuals(ClockModel clock) {
        return SwingResiduals.of(events, swings, lo, hi, clock, score);
    }

    /** The same visit scored with the spread of the residuals {@code clock} leaves. */
    VisitTimes scoredBy(SwingResiduals residuals) {
        return new VisitTimes(events, swings, lo, hi, toleranceMillis,
                ResidualScore.fitted(residuals, lo, hi, toleranceMillis));
    }

    /** The fit's residuals under this visit's score. */
    ClockFit rescore(ClockFit fit) {
        return new ClockFit(fit.clock(), fit.residuals().rescored(score, lo, hi));
    }

    int swingCount() {
        return hi - lo;
    }
}
