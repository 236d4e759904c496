package org.swinglink.matching;

/**
 * A robust straight line through the offsets a run of swings shows (event time minus swing time, the
 * model's steps taken out): weighted least squares, reweighted with Tukey's biweight so that a miss
 * that found a take nearby, or a swing past a step the model does not know yet, loses its pull.
 */
final class DriftLine {

    /** Fewer pairs than this, or pairs spread over less time, cannot tell drift from jitter. */
    static final int MIN_PAIRS = 8;
    static final long MIN_SPAN_MILLIS = 5 * 60_000L;
    /** A line steeper than the drift searched for, and then some, is fitted to noise. */
    static final double MAX_DRIFT_PPM = DriftSearch.MAX_DRIFT_PPM + 1_000;
    private static final int REWEIGHTINGS = 4;

    private DriftLine() {
    }

    /**
     * The model with its offset and drift refitted to the swings of [from, to) that have an event within
     * tolerance, its steps kept; {@code null} when they are too few or too close together in time.
     */
    static ClockModel fit(SortedTimes swings, SwingResiduals residuals, int from, int to, ClockModel model,
            long toleranceMillis) {
        int count = 0;
        for (int s = from; s < to; s++) {
            if (residuals.score(s) > 0) {
                count++;
            }
        }
        if (count < MIN_PAIRS) {
            return null;
        }
        double[] time = new double[count];
        double[] offset = new double[count];
        double[] deviation = new double[count];
        int i = 0;
        for (int s = from; s < to; s++) {
            if (residuals.score(s) > 0) {
                long t = swings.time(s);
                time[i] = t - model.startSensorMillis();
                offset[i] = residuals.residual(s) + (double) model.withoutStepsAt(t);
                deviation[i] = residuals.residual(s);
                i++;
            }
        }
        if (time[count - 1] - time[0] < MIN_SPAN_MILLIS) {
            return null;
        }
        double intercept = 0;
        double slope = 0;
        for (int round = 0; round < REWEIGHTINGS; round++) {
            double weightSum = 0;
            double meanTime = 0;
            double meanOffset = 0;
            double[] weight = new double[count];
            for (int k = 0; k < count; k++) {
                double ratio = deviation[k] / toleranceMillis;
                weight[k] = ratio >= 1 || ratio <= -1 ? 0 : (1 - ratio * ratio) * (1 - ratio * ratio);
                weightSum += weight[k];
                meanTime += weight[k] * time[k];
                meanOffset += weight[k] * offset[k];
            }
            if (weightSum <= 0) {
                return null;
            }
            meanTime /= weightSum;
            meanOffset /= weightSum;
            double covariance = 0;
            double variance = 0;
            for (int k = 0; k < count; k++) {
                covariance += weight[k] * (time[k] - meanTime) * (offset[k] - meanOffset);
                variance += weight[k] * (time[k] - meanTime) * (time[k] - meanTime);
            }
            if (variance <= 0) {
                return null;
            }
            slope = covariance / variance;
            intercept = meanOffset - slope * meanTime;
            for (int k = 0; k < count; k++) {
                deviation[k] = offset[k] - (intercept + slope * time[k]);
            }
        }
        if (Math.abs(slope * 1e6) > MAX_DRIFT_PPM) {
            return null;
        }
        return new ClockModel(model.startSensorMillis(), Math.round(intercept), slope * 1e6, model.steps());
    }
}
