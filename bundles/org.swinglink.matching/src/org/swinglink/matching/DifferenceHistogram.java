package org.swinglink.matching;

import java.util.Arrays;

/**
 * Histogram of event-minus-swing differences within the offset search range, the coarse first look
 * at where the clock offset may be. The true offset shows as one narrow peak; a steady batting cadence
 * adds smeared side peaks one swing gap away, which is why several peaks are handed on for exact
 * scoring rather than just the highest.
 *
 * <p>All pairs within range would be quadratic for a long recording, so the histogram takes every
 * k-th swing, k chosen to keep the number of differences under {@link #MAX_DIFFERENCES}. Every
 * sampled swing adds one count to the true peak, so sampling lowers the peaks without changing which
 * is highest.
 */
final class DifferenceHistogram {

    static final long MAX_DIFFERENCES = 4_000_000;
    private static final int MAX_BINS = 1 << 22;

    private final long binWidth;
    private final long zeroBin;
    private final int[] counts;

    private DifferenceHistogram(long binWidth, long zeroBin, int[] counts) {
        this.binWidth = binWidth;
        this.zeroBin = zeroBin;
        this.counts = counts;
    }

    static DifferenceHistogram of(SortedTimes events, SortedTimes swings, long toleranceMillis, long maxOffsetMillis) {
        long binWidth = Math.max(Math.max(1, toleranceMillis / 2), maxOffsetMillis / (MAX_BINS / 2 - 1) + 1);
        long zeroBin = maxOffsetMillis / binWidth + 1;
        int[] counts = new int[(int) (2 * zeroBin + 1)];
        DifferenceHistogram histogram = new DifferenceHistogram(binWidth, zeroBin, counts);
        int stride = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                ceilDiv(differencesInRange(events, swings, maxOffsetMillis), MAX_DIFFERENCES)));
        for (int s = 0; s < swings.size(); s += stride) {
            long swingTime = swings.time(s);
            int e = events.firstAtOrAfter(Saturating.subtract(swingTime, maxOffsetMillis));
            long rangeEnd = Saturating.add(swingTime, maxOffsetMillis);
            for (; e < events.size() && events.time(e) <= rangeEnd; e++) {
                histogram.add(Saturating.subtract(events.time(e), swingTime), maxOffsetMillis);
            }
        }
        return histogram;
    }

    private static long differencesInRange(SortedTimes events, SortedTimes swings, long maxOffsetMillis) {
        long total = 0;
        int low = 0;
        int high = 0;
        for (int s = 0; s < swings.size(); s++) {
            long swingTime = swings.time(s);
            while (low < events.size() && events.time(low) < Saturating.subtract(swingTime, maxOffsetMillis)) {
                low++;
            }
            high = Math.max(high, low);
            while (high < events.size() && events.time(high) <= Saturating.add(swingTime, maxOffsetMillis)) {
                high++;
            }
            total += high - low;
        }
        return total;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private void add(long difference, long maxOffsetMillis) {
        // Only a search range near Long.MAX_VALUE can saturate a difference beyond the range.
        if (Math.abs(difference) <= maxOffsetMillis) {
            counts[(int) (Math.floorDiv(difference, binWidth) + zeroBin)]++;
        }
    }

    /**
     * Centres of up to {@code maxPeaks} separate windows, each {@code toleranceMillis} either side,
     * holding the most differences; highest first.
     */
    long[] peakOffsets(int maxPeaks, long toleranceMillis) {
        int halfWindow = (int) Math.min(counts.length, toleranceMillis / binWidth);
        long[] windowSums = windowSums(halfWindow);
        boolean[] suppressed = new boolean[counts.length];
        long[] peaks = new long[maxPeaks];
        int found = 0;
        while (found < maxPeaks) {
            int best = -1;
            for (int bin = 0; bin < windowSums.length; bin++) {
                if (!suppressed[bin] && windowSums[bin] > 0 && (best < 0 || windowSums[bin] > windowSums[best])) {
                    best = bin;
                }
            }
            if (best < 0) {
                break;
            }
            peaks[found++] = weightedCentre(best, halfWindow);
            // A peak's own shoulders are not separate candidates.
            int from = Math.max(0, best - 2 * halfWindow - 1);
            int to = Math.min(counts.length - 1, best + 2 * halfWindow + 1);
            for (int bin = from; bin <= to; bin++) {
                suppressed[bin] = true;
            }
        }
        return Arrays.copyOf(peaks, found);
    }

    /** Count-weighted mean of the window's bins, so that a flat top yields its middle, not its edge. */
    private long weightedCentre(int centreBin, int halfWindow) {
        int from = Math.max(0, centreBin - halfWindow);
        int to = Math.min(counts.length - 1, centreBin + halfWindow);
        long weight = 0;
        double weightedBins = 0;
        for (int bin = from; bin <= to; bin++) {
            weight += counts[bin];
            weightedBins += (double) counts[bin] * (bin - centreBin);
        }
        double centre = centreBin + (weight == 0 ? 0 : weightedBins / weight);
        return Math.round((centre - zeroBin) * binWidth + binWidth / 2.0);
    }

    private long[] windowSums(int halfWindow) {
        long[] prefix = new long[counts.length + 1];
        for (int bin = 0; bin < counts.length; bin++) {
            prefix[bin + 1] = prefix[bin] + counts[bin];
        }
        long[] sums = new long[counts.length];
        for (int bin = 0; bin < counts.length; bin++) {
            int from = Math.max(0, bin - halfWindow);
            int to = Math.min(counts.length, bin + halfWindow + 1);
            sums[bin] = prefix[to] - prefix[from];
        }
        return sums;
    }
}
