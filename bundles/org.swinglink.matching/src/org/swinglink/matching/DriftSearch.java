package org.swinglink.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a drifting clock's line when the constant offset explains too short a run of the visit to fit
 * one from: a Hough search over drift rates. For each rate on a grid fine enough that neighbouring
 * rates differ by half a tolerance over the visit, the differences of every swing to the events near
 * the constant offset are straightened by that rate and counted in a histogram; the rate and offset
 * whose window of +-tolerance holds the most pairs win. Like {@link DifferenceHistogram} it hands on a
 * few peaks, since a regular cadence makes side peaks one swing gap away.
 */
final class DriftSearch {

    /** Drift rates searched, either sign: a PC without time sync rarely drifts more than 5,000 ppm. */
    static final double MAX_DRIFT_PPM = 6_000;
    /** Visits shorter than this show too little drift to search; longer ones are not one visit. */
    static final long MIN_HALF_SPAN_MILLIS = 5 * 60_000L;
    static final long MAX_HALF_SPAN_MILLIS = 12 * 3_600_000L;
    /** Differences beyond this from the constant offset are not counted: drift plus a step or two. */
    static final long MAX_REACH_MILLIS = 120_000;
    static final long MIN_REACH_MILLIS = 40_000;
    private static final int MAX_DIFFERENCES = 1 << 20;
    private static final int CANDIDATES = 4;

    private DriftSearch() {
    }

    /** Up to {@link #CANDIDATES} lines, best first; empty when the visit is too short or too long to search. */
    static List<ClockModel> candidates(VisitTimes visit, long constantOffset) {
        SortedTimes events = visit.events();
        SortedTimes swings = visit.swings();
        int lo = visit.lo();
        int hi = visit.hi();
        long toleranceMillis = visit.toleranceMillis();
        long first = swings.time(lo);
        long halfSpan = (swings.time(hi - 1) - first) / 2;
        if (halfSpan < MIN_HALF_SPAN_MILLIS || halfSpan > MAX_HALF_SPAN_MILLIS || toleranceMillis <= 0) {
            return List.of();
        }
        long middle = first + halfSpan;
        double maxSlope = MAX_DRIFT_PPM * 1e-6;
        // The constant offset can be a cadence alias of the true one when drift smears the true peak.
        long reach = Math.min(MAX_REACH_MILLIS,
                Math.max(MIN_REACH_MILLIS, Math.round(2 * maxSlope * halfSpan) + toleranceMillis));
        Differences differences = Differences.near(events, swings, lo, hi, constantOffset, middle, reach);
        double slopeStep = toleranceMillis / 2.0 / halfSpan;
        int slopes = (int) Math.ceil(maxSlope / slopeStep);
        long binWidth = Math.max(1, toleranceMillis / 2);
        int halfWindow = (int) (toleranceMillis / binWidth);
        long range = reach + Math.round(maxSlope * halfSpan) + binWidth;
        int zeroBin = (int) (range / binWidth) + 1;
        int[] counts = new int[2 * zeroBin + 1];
        List<Peak> peaks = new ArrayList<>();
        for (int k = -slopes; k <= slopes; k++) {
            double slope = k * slopeStep;
            Arrays.fill(counts, 0);
            for (int i = 0; i < differences.count; i++) {
                double straightened = differences.difference[i] - slope * differences.sinceMiddle[i];
                counts[(int) Math.floor(straightened / binWidth) + zeroBin]++;
            }
            int sum = 0;
            for (int bin = 0; bin < 2 * halfWindow + 1 && bin < counts.length; bin++) {
                sum += counts[bin];
            }
            int bestSum = sum;
            int bestCentre = halfWindow;
            for (int centre = halfWindow + 1; centre + halfWindow < counts.length; centre++) {
                sum += counts[centre + halfWindow] - counts[centre - halfWindow - 1];
                if (sum > bestSum) {
                    bestSum = sum;
                    bestCentre = centre;
                }
            }
            long offsetAtMiddle = constantOffset + Math.round(
                    (WindowCentre.of(counts, bestCentre, halfWindow) - zeroBin) * binWidth + binWidth / 2.0);
            peaks.add(new Peak(bestSum, slope, offsetAtMiddle));
        }
        peaks.sort((a, b) -> Integer.compare(b.count, a.count));
        List<ClockModel> lines = new ArrayList<>();
        List<Peak> kept = new ArrayList<>();
        for (Peak peak : peaks) {
            if (kept.size() == CANDIDATES) {
                break;
            }
            // Neighbouring rates through the same pairs are one peak.
            if (kept.stream().anyMatch(other -> Math.abs(other.slope - peak.slope) <= 2 * slopeStep
                    && Math.abs(other.offsetAtMiddle - peak.offsetAtMiddle) <= 2 * toleranceMillis)) {
                continue;
            }
            kept.add(peak);
            long offsetAtFirst = Math.round(peak.offsetAtMiddle - peak.slope * halfSpan);
            lines.add(new ClockModel(first, offsetAtFirst, peak.slope * 1e6, List.of()));
        }
        return lines;
    }

    private record Peak(int count, double slope, long offsetAtMiddle) {
    }

    /** Event minus swing minus the constant offset, and the swing's time since the visit's middle. */
    private static final class Differences {
        final double[] difference;
        final double[] sinceMiddle;
        int count;

        private Differences(int capacity) {
            difference = new double[capacity];
            sinceMiddle = new double[capacity];
        }

        static Differences near(SortedTimes events, SortedTimes swings, int lo, int hi, long offset, long middle,
                long reach) {
            long total = 0;
            for (int s = lo; s < hi; s++) {
                long shifted = Saturating.add(swings.time(s), offset);
                total += events.firstAtOrAfter(Saturating.add(shifted, reach + 1))
                        - events.firstAtOrAfter(Saturating.subtract(shifted, reach));
            }
            // Every k-th swing when there are too many, as the difference histogram samples.
            int stride = (int) Math.max(1, (total + MAX_DIFFERENCES - 1) / MAX_DIFFERENCES);
            Differences differences = new Differences((int) Math.min(total, MAX_DIFFERENCES));
            for (int s = lo; s < hi; s += stride) {
                long shifted = Saturating.add(swings.time(s), offset);
                int end = events.firstAtOrAfter(Saturating.add(shifted, reach + 1));
                for (int e = events.firstAtOrAfter(Saturating.subtract(shifted, reach)); e < end
                        && differences.count < differences.difference.length; e++) {
                    differences.difference[differences.count] = events.time(e) - shifted;
                    differences.sinceMiddle[differences.count] = swings.time(s) - middle;
                    differences.count++;
                }
            }
            return differences;
        }
    }
}
