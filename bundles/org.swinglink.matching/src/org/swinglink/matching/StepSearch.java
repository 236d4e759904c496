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
    /**
     * Score a step must add, in pairs scored at their best: three newly explained swings. A fixed score
     * would be too easy where the devices agree closely (a pair scores high, and a few constant-offset
     * sessions stepped) and too hard where they disagree by a second (stretches of eight pairs stayed
     * unshifted).
     */
    static final double STEP_PENALTY_PAIRS = 3;

    static double stepPenalty(VisitTimes visit) {
        return STEP_PENALTY_PAIRS * visit.score().of(0);
    }
    /**
     * Pairs a step must add: a stretch shifted by one swing gap of a steady cadence pairs as many swings
     * as before, plus a miss next to a take, and with many misses and takes two such can line up at a
     * visit's edge. (Two let a few sessions with a constant offset lose pairs to a step.)
     */
    static final int MIN_PAIRS_GAINED = 3;
    /**
     * Pairs a step must add where the devices agree within a quarter of the tolerance: chance pairs
     * of misses and takes rarely land that close, so two newly explained swings are a stretch.
     */
    static final int MIN_PAIRS_GAINED_SHARP = 2;
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
        double[] paired = PairedScore.bySwing(visit, current.clock());
        List<Placement> placements = new ArrayList<>();
        for (long shift : shifts) {
            Placement placement = placed(visit, current, paired, shift);
            if (placement != null) {
                placements.add(placement);
            }
        }
        placements.sort((a, b) -> Double.compare(b.gain(), a.gain()));
        for (Placement placement : placements) {
            PairedScore before = PairedScore.of(visit, current.clock(), placement.from(), placement.to());
            PairedScore after = PairedScore.of(visit, placement.clock(), placement.from(), placement.to());
            if (after.pairs() - before.pairs() >= minPairsGained(visit)
                    && after.score() - before.score() > stepPenalty(visit) * placement.stepsAdded()) {
                return new ClockFit(placement.clock(), visit.residuals(placement.clock()));
            }
        }
        return null;
    }

    private static int minPairsGained(VisitTimes visit) {
        return visit.score().sigmaMillis() <= visit.toleranceMillis() / 4 ? MIN_PAIRS_GAINED_SHARP : MIN_PAIRS_GAINED;
    }

    /**
     * A model with a shift applied to the sorted swings [from, to), and what it gains over the current
     * model, scoring each swing by its nearest event, less the penalty of its new steps.
     */
    private record Placement(ClockModel clock, int from, int to, int stepsAdded, double gain) {
    }

    /**
     * The model with the shift applied where it fits better, or {@code null} when nowhere. The histogram's
     * shift is rough: it first moves to the median residual of the unexplained swings that line up near
     * it, twice, and after placing, to that of the placed stretch's swings.
     */
    private static Placement placed(VisitTimes visit, ClockFit current, double[] paired, long roughShift) {
        long shift = roughShift;
        for (int round = 0; round < 2; round++) {
            shift += medianResidual(visit, current, shiftedBy(current.clock(), shift), visit.lo(), visit.hi(),
                    visit.toleranceMillis() / 2);
        }
        Placement rough = placement(visit, current.clock(), paired, shift);
        if (rough == null) {
            return null;
        }
        long placedShift = shift + medianResidual(visit, null, shiftedBy(current.clock(), shift), rough.from(),
                rough.to(), visit.toleranceMillis());
        Placement refined = placement(visit, current.clock(), paired, placedShift);
        return refined != null && refined.gain() >= rough.gain() ? refined : rough;
    }

    /**
     * Each swing gains what its one-to-one pair scores under the shifted model over what it scores under
     * the current one: a cadence alias that lines a round up one or two pitches off pairs all but its
     * first swings, which nearest events alone would not show.
     */
    private static Placement placement(VisitTimes visit, ClockModel current, double[] paired, long shift) {
        double[] shiftedPaired = PairedScore.bySwing(visit, shiftedBy(current, shift));
        double[] gain = new double[visit.swings().size()];
        for (int s = visit.lo(); s < visit.hi(); s++) {
            gain[s] = shiftedPaired[s] - paired[s];
        }
        return bestPlacement(visit.swings(), gain, visit.lo(), visit.hi(), current, shift, stepPenalty(visit));
    }

    private static ClockModel shiftedBy(ClockModel model, long shift) {
        return new ClockModel(model.startSensorMillis(), model.offsetAtStartMillis() + shift, model.driftPpm(),
                model.steps());
    }

    /**
     * The median residual under {@code shifted} of the swings of [from, to) within {@code nearMillis} of
     * it, leaving out those the current model explains (when given); 0 when there are none.
     */
    private static long medianResidual(VisitTimes visit, ClockFit current, ClockModel shifted, int from, int to,
            long nearMillis) {
        SwingResiduals residuals = visit.residuals(shifted);
        long[] near = new long[to - from];
        int count = 0;
        for (int s = from; s < to; s++) {
            boolean explainedAlready = current != null
                    && current.residuals().score(s) >= ClockEstimator.EXPLAINED_LEVEL;
            if (!explainedAlready && Math.abs(residuals.residual(s)) <= nearMillis) {
                near[count++] = residuals.residual(s);
            }
        }
        return count == 0 ? 0 : Median.of(near, count);
    }

    /**
     * Where the shift applies, among: everything (a new offset, no step), from the swing where the
     * suffix gains most to the end (one step), from the start to where the prefix gains most (a new start
     * offset and one step back), the stretch that gains most (two steps), and that stretch carried on to
     * the end or back to the start (a miss at the end that chance lined up must not turn one step into
     * two). Whichever gains most once each step has paid its penalty; {@code null} when none gains.
     */
    private static Placement bestPlacement(SortedTimes swings, double[] gain, int lo, int hi, ClockModel model,
            long shift, double stepPenalty) {
        double[] prefixSum = new double[hi - lo + 1];
        for (int s = lo; s < hi; s++) {
            prefixSum[s - lo + 1] = prefixSum[s - lo] + gain[s];
        }
        int bestSuffixStart = hi - 1;
        int bestPrefixEnd = lo + 1;
        for (int s = lo + 1; s < hi; s++) {
            if (prefixSum[hi - lo] - prefixSum[s - lo] > prefixSum[hi - lo] - prefixSum[bestSuffixStart - lo]) {
                bestSuffixStart = s;
            }
            if (prefixSum[s - lo] > prefixSum[bestPrefixEnd - lo]) {
                bestPrefixEnd = s;
            }
        }
        int[] stretch = Runs.bestAbove(gain, 0, lo, hi);
        int[][] ranges = { { lo, hi }, { bestSuffixStart, hi }, { lo, bestPrefixEnd }, stretch, { stretch[0], hi },
            { lo, stretch[1] } };
        int[] best = null;
        double bestScore = 0;
        for (int[] range : ranges) {
            if (range[1] <= range[0]) {
                continue;
            }
            int steps = (range[0] > lo ? 1 : 0) + (range[1] < hi ? 1 : 0);
            double score = prefixSum[range[1] - lo] - prefixSum[range[0] - lo] - stepPenalty * steps;
            if (score > bestScore) {
                bestScore = score;
                best = range;
            }
        }
        if (best == null) {
            return null;
        }
        List<ClockStep> steps = new ArrayList<>(model.steps());
        long startOffset = model.offsetAtStartMillis();
        if (best[0] > lo) {
            steps.add(new ClockStep(between(swings, best[0]), shift));
        } else {
            startOffset += shift;
        }
        if (best[1] < hi) {
            steps.add(new ClockStep(between(swings, best[1]), -shift));
        }
        ClockModel placed = new ClockModel(model.startSensorMillis(), startOffset, model.driftPpm(), merged(steps));
        return new Placement(placed, best[0], best[1], placed.steps().size() - model.steps().size(), bestScore);
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
