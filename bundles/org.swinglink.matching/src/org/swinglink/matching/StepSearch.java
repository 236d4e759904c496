package org.swinglink.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks for one place where the sensor clock was set. Swings after a step line up with their events
 * at another offset than the model's, which shows as a peak of its own in the histogram of event minus
 * mapped swing; for each such shift, the swings where it fits better than the model decide where the
 * step (or the two steps around a stretch) lies. A step must pay for itself in closeness, so chance
 * alignments of a few misses with takes do not become steps.
 */
final class StepSearch {

    /** Peaks of the residual histogram tried as shifts, the model's own included. */
    static final int CANDIDATE_SHIFTS = 6;
    /** How far from the model a stretch's own offset is looked for: steps of up to 30 s and then some. */
    static final long SEARCH_MILLIS = 60_000;
    /** Score a step must add: a few swings newly explained. */
    static final double STEP_PENALTY = 3;
    /**
     * Pairs a step must add: a stretch shifted by one swing gap of a steady cadence pairs as many swings
     * as before, plus a miss next to a take.
     */
    static final int MIN_PAIRS_GAINED = 2;
    /** Shifts closer to the model than this are jitter, not steps. */
    private static final long MIN_SHIFT_MILLIS = 700;

    private StepSearch() {
    }

    /**
     * The best model with one more shifted stretch, or {@code null} when no shift pays: each peak of the
     * histogram of event minus mapped swing within {@link #SEARCH_MILLIS} of the model is tried on the
     * whole visit, and the best placements are checked with one-to-one pairs.
     */
    static ClockFit improve(VisitTimes visit, ClockFit current) {
        long[] shifts = ShiftHistogram.peaks(visit, current, SEARCH_MILLIS, visit.toleranceMillis() / 2,
                MIN_SHIFT_MILLIS, CANDIDATE_SHIFTS);
        List<Placement> placements = new ArrayList<>();
        for (long shift : shifts) {
            Placement placement = placed(visit, current, shift);
            if (placement != null) {
                placements.add(placement);
            }
        }
        placements.sort((a, b) -> Double.compare(b.gain(), a.gain()));
        for (Placement placement : placements) {
            PairedScore before = PairedScore.of(visit, current.clock(), placement.from(), placement.to());
            PairedScore after = PairedScore.of(visit, placement.clock(), placement.from(), placement.to());
            if (after.pairs() - before.pairs() >= MIN_PAIRS_GAINED
                    && after.score() - before.score() > STEP_PENALTY * placement.stepsAdded()) {
                return new ClockFit(placement.clock(), visit.residuals(placement.clock()));
            }
        }
        return null;
    }

    /**
     * A model with a shift applied to the sorted swings [from, to), and what it gains over the current
     * model, scoring each swing by its nearest event, less the penalty of its new steps.
     */
    private record Placement(ClockModel clock, int from, int to, int stepsAdded, double gain) {
    }

    /** The model with {@code shift} applied where it fits better, or {@code null} when nowhere. */
    private static Placement placed(VisitTimes visit, ClockFit current, long roughShift) {
        ClockModel model = current.clock();
        long shift = roughShift + medianNewlyExplained(visit, current, shiftedBy(model, roughShift));
        ClockModel shifted = shiftedBy(model, shift);
        SwingResiduals shiftedResiduals = visit.residuals(shifted);
        double[] gain = new double[visit.swings().size()];
        for (int s = visit.lo(); s < visit.hi(); s++) {
            gain[s] = shiftedResiduals.score(s) - current.residuals().score(s);
        }
        return bestPlacement(visit.swings(), gain, visit.lo(), visit.hi(), model, shift);
    }

    private static ClockModel shiftedBy(ClockModel model, long shift) {
        return new ClockModel(model.startSensorMillis(), model.offsetAtStartMillis() + shift, model.driftPpm(),
                model.steps());
    }

    /**
     * The median residual of the swings the shifted model explains and the current one does not: the
     * histogram's bin is coarse, the swings after a step say exactly where they line up.
     */
    private static long medianNewlyExplained(VisitTimes visit, ClockFit current, ClockModel shifted) {
        SwingResiduals residuals = visit.residuals(shifted);
        long[] newlyExplained = new long[visit.swingCount()];
        int count = 0;
        for (int s = visit.lo(); s < visit.hi(); s++) {
            if (residuals.score(s) >= ClockEstimator.EXPLAINED_LEVEL
                    && current.residuals().score(s) < ClockEstimator.EXPLAINED_LEVEL) {
                newlyExplained[count++] = residuals.residual(s);
            }
        }
        return count == 0 ? 0 : Median.of(newlyExplained, count);
    }

    /**
     * Where the shift applies: from some swing to the end (one step), from the start to some swing (a new
     * start offset and one step back), or a stretch in between (two steps), whichever gains most once
     * each step has paid its penalty; {@code null} when none gains.
     */
    private static Placement bestPlacement(SortedTimes swings, double[] gain, int lo, int hi, ClockModel model,
            long shift) {
        double total = Runs.sum(gain, lo, hi);
        int bestSuffix = hi;
        double suffixGain = 0;
        double running = 0;
        for (int s = hi - 1; s > lo; s--) {
            running += gain[s];
            if (running > suffixGain) {
                suffixGain = running;
                bestSuffix = s;
            }
        }
        int bestPrefixEnd = lo;
        double prefixGain = 0;
        running = 0;
        for (int s = lo; s < hi - 1; s++) {
            running += gain[s];
            if (running > prefixGain) {
                prefixGain = running;
                bestPrefixEnd = s + 1;
            }
        }
        int[] middle = Runs.bestAbove(gain, 0, lo, hi);
        double middleGain = Runs.sum(gain, middle[0], middle[1]);

        double wholeScore = total;
        double suffixScore = suffixGain - STEP_PENALTY;
        double prefixScore = prefixGain - STEP_PENALTY;
        double middleScore = middle[0] > lo && middle[1] < hi ? middleGain - 2 * STEP_PENALTY : Double.NEGATIVE_INFINITY;
        double best = Math.max(Math.max(wholeScore, suffixScore), Math.max(prefixScore, middleScore));
        if (best <= 0) {
            return null;
        }
        List<ClockStep> steps = new ArrayList<>(model.steps());
        long startOffset = model.offsetAtStartMillis();
        int from = lo;
        int to = hi;
        if (best == wholeScore) {
            startOffset += shift;
        } else if (best == suffixScore) {
            from = bestSuffix;
            steps.add(new ClockStep(between(swings, bestSuffix), shift));
        } else if (best == prefixScore) {
            to = bestPrefixEnd;
            startOffset += shift;
            steps.add(new ClockStep(between(swings, bestPrefixEnd), -shift));
        } else {
            from = middle[0];
            to = middle[1];
            steps.add(new ClockStep(between(swings, middle[0]), shift));
            steps.add(new ClockStep(between(swings, middle[1]), -shift));
        }
        ClockModel placed = new ClockModel(model.startSensorMillis(), startOffset, model.driftPpm(), merged(steps));
        return new Placement(placed, from, to, placed.steps().size() - model.steps().size(), best);
    }

    /** A sensor time half-way between sorted swing {@code s} and the one before it. */
    private static long between(SortedTimes swings, int s) {
        long before = swings.time(s - 1);
        return before + (swings.time(s) - before + 1) / 2;
    }

    /** Steps at the same moment become one; steps that cancel out disappear. */
    private static List<ClockStep> merged(List<ClockStep> steps) {
        List<ClockStep> sorted = new ArrayList<>(steps);
        sorted.sort((a, b) -> Long.compare(a.atSensorMillis(), b.atSensorMillis()));
        List<ClockStep> merged = new ArrayList<>();
        for (ClockStep step : sorted) {
            ClockStep last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.atSensorMillis() == step.atSensorMillis()) {
                merged.set(merged.size() - 1, new ClockStep(step.atSensorMillis(), last.sizeMillis() + step.sizeMillis()));
            } else {
                merged.add(step);
            }
        }
        merged.removeIf(step -> step.sizeMillis() == 0);
        return merged;
    }
}
