package org.swinglink.matching;

/** Where a histogram window's counts centre, so that a flat or lopsided peak yields its middle, not its edge. */
final class WindowCentre {

    private WindowCentre() {
    }

    /** Count-weighted mean bin of the bins within {@code halfWindow} of {@code centre}; the centre when empty. */
    static double of(int[] counts, int centre, int halfWindow) {
        double weight = 0;
        double weighted = 0;
        for (int bin = Math.max(0, centre - halfWindow); bin <= Math.min(counts.length - 1, centre + halfWindow); bin++) {
            weight += counts[bin];
            weighted += (double) counts[bin] * bin;
        }
        return weight == 0 ? centre : weighted / weight;
    }
}
