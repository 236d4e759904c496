package org.swinglink.matching;

/**
 * What a swing's residual says about a clock model: the log of how much likelier the residual is if
 * the swing and its nearest event are one pitch (residuals spread normally with the visit's own
 * spread, sigma) than by chance (spread evenly over the tolerance), as a log(1 + ratio) that is 0 for
 * chance. A spread measured from the data makes the score sharp when the devices agree closely, so a
 * miss that lands near a take by chance weighs little against a run of true pairs, and forgiving when
 * they do not. Looked up in a table, since models are scored many times over every swing.
 */
final class ResidualScore {

    static final long MIN_SIGMA_MILLIS = 150;
    private static final int TABLE_SIZE = 512;

    private final long toleranceMillis;
    private final long sigmaMillis;
    private final double[] byDistance = new double[TABLE_SIZE + 1];

    private ResidualScore(long toleranceMillis, long sigmaMillis) {
        this.toleranceMillis = toleranceMillis;
        this.sigmaMillis = sigmaMillis;
        // Half of the swings pairs, half chance: the ratio at a residual of 0 is 2 tol / (sigma sqrt(2 pi)).
        double peakRatio = 2.0 * toleranceMillis / (sigmaMillis * Math.sqrt(2 * Math.PI));
        for (int i = 0; i <= TABLE_SIZE; i++) {
            double z = (double) i / TABLE_SIZE * toleranceMillis / sigmaMillis;
            byDistance[i] = Math.log1p(peakRatio * Math.exp(-z * z / 2));
        }
    }

    /** The score of a spread of sigma, kept between {@link #MIN_SIGMA_MILLIS} and half the tolerance. */
    static ResidualScore withSpread(long toleranceMillis, long sigmaMillis) {
        long tolerance = Math.max(1, toleranceMillis);
        return new ResidualScore(tolerance, Math.max(Math.min(MIN_SIGMA_MILLIS, tolerance), Math.min(sigmaMillis,
                Math.max(1, tolerance / 2))));
    }

    /** The spread of the residuals within tolerance, from their median absolute deviation. */
    static ResidualScore fitted(SwingResiduals residuals, int lo, int hi, long toleranceMillis) {
        long[] within = new long[hi - lo];
        int count = 0;
        for (int s = lo; s < hi; s++) {
            if (Math.abs(residuals.residual(s)) <= toleranceMillis) {
                within[count++] = residuals.residual(s);
            }
        }
        if (count < 3) {
            return withSpread(toleranceMillis, toleranceMillis / 2);
        }
        long median = Median.of(within, count);
        for (int i = 0; i < count; i++) {
            within[i] = Math.abs(within[i] - median);
        }
        long deviation = Median.of(within, count);
        return withSpread(toleranceMillis, Math.round(1.4826 * deviation));
    }

    double of(long residual) {
        long distance = Math.abs(residual);
        if (distance > toleranceMillis) {
            return 0;
        }
        return byDistance[(int) (distance * TABLE_SIZE / toleranceMillis)];
    }

    long sigmaMillis() {
        return sigmaMillis;
    }
}
