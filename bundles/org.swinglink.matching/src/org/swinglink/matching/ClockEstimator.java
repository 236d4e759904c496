package org.swinglink.matching;

import java.util.List;

/**
 * Estimates how HitTrax clock minus sensor clock changes over one visit, starting from the constant
 * offset {@link OffsetEstimator} found.
 *
 * <p>Drift: the constant offset explains the swings around some moment of the visit; a robust line
 * through the offsets of that run ({@link DriftLine}) explains a longer run, and refitting over the
 * longer run until it stops growing reaches the whole visit. When the offset changes so fast that the
 * constant one explains too short a run to start from, {@link DriftSearch} suggests lines to grow from.
 * Steps: {@link StepSearch} adds one step (or a stretch between two) at a time while it pays, the line
 * refitted after each. A step early in a visit can pass for drift, so steps are also searched from the
 * constant offset and the better model kept.
 *
 * <p>Models are compared by the summed {@link ResidualScore} of the visit's swings; drift and every step
 * must raise it by more than a penalty, so a visit whose clocks kept one offset, or whose data is too
 * thin to tell, keeps today's constant offset.
 */
final class ClockEstimator {

    /** Swings mapped further than this outside the visit's events belong to another visit. */
    static final long VISIT_MARGIN_MILLIS = 5 * 60_000L;
    /**
     * A day: swings spread over more than this are several visits, each with its own clock, which
     * {@link VisitMatcher} cuts apart; one line through them all would say nothing.
     */
    static final long MAX_VISIT_SPAN_MILLIS = 24 * 60 * 60 * 1_000L;
    /** Fewer swings than this in the visit keep the constant offset. */
    static final int MIN_SWINGS = 12;
    /** Score drift must add: more than a line fitted to jitter gains (real drift gains tens). */
    static final double DRIFT_PENALTY = 3;
    /** Swings whose score is below this are not explained by a model: a true pair scores 1 or more. */
    static final double EXPLAINED_LEVEL = 0.5;
    /** Steps searched for one after another: two steps, each found as a stretch of two, and then some. */
    static final int MAX_STEP_SEARCHES = 6;
    /** Residual spread, as a share of the tolerance, from which a visit is too noisy for more than a constant offset. */
    static final double NOISY_SPREAD = 0.49;
    /**
     * The spread allowed a model that explains at least {@link #WELL_EXPLAINED_SHARE} of the swings: 1 s
     * of jitter on top of whole-second truncation measures about half the tolerance, while 2.5 s of
     * jitter, which does spread like chance, leaves far fewer swings explained.
     */
    static final double NOISY_SPREAD_WELL_EXPLAINED = 0.55;
    static final double WELL_EXPLAINED_SHARE = 0.75;
    /**
     * Share of the visit's swings a changing clock must explain: with 30% misses and 30% takes about
     * half are pairs and most of them score well, while chance alignments of unrelated times explain a
     * sixth, and 2.5 s of jitter leaves too few pairs near enough (0.3 let such sessions lose precision).
     */
    static final double MIN_EXPLAINED_SHARE = 0.45;
    private static final int MAX_GROWTH_ROUNDS = 12;

    private ClockEstimator() {
    }

    static ClockModel estimate(SortedTimes events, SortedTimes swings, long constantOffsetMillis, long toleranceMillis,
            ClockEstimation estimation) {
        ClockModel unchanged = ClockModel.constant(constantOffsetMillis);
        if (estimation == ClockEstimation.CONSTANT_OFFSET || events.size() == 0 || swings.size() == 0) {
            return unchanged;
        }
        int lo = swings.firstAtOrAfter(
                Saturating.subtract(Saturating.subtract(events.time(0), constantOffsetMillis), VISIT_MARGIN_MILLIS));
        int hi = swings.firstAtOrAfter(Saturating.add(Saturating.add(
                Saturating.subtract(events.time(events.size() - 1), constantOffsetMillis), VISIT_MARGIN_MILLIS), 1));
        if (hi - lo < MIN_SWINGS || swings.time(hi - 1) - swings.time(lo) > MAX_VISIT_SPAN_MILLIS) {
            return unchanged;
        }
        ClockModel model = new ClockModel(swings.time(lo), constantOffsetMillis, 0, List.of());
        VisitTimes visit = new VisitTimes(events, swings, lo, hi, toleranceMillis,
                ResidualScore.withSpread(toleranceMillis, toleranceMillis / 2));
        visit = visit.scoredBy(visit.residuals(model));
        ClockFit constant = new ClockFit(model, visit.residuals(model));
        ClockFit drift = bestLine(visit, constant);
        boolean driftPays = drift.residuals().total() - constant.residuals().total() >= DRIFT_PENALTY;
        ClockFit best = driftPays ? drift : constant;
        if (estimation == ClockEstimation.DRIFT_AND_STEPS) {
            // The spread the best model so far leaves is the sharper measure for steps.
            VisitTimes rescored = visit.scoredBy(best.residuals());
            best = withSteps(rescored, rescored.rescore(best));
            if (driftPays) {
                ClockFit stepsFirst = withSteps(rescored, rescored.rescore(constant));
                if (score(rescored, stepsFirst) > score(rescored, best)) {
                    best = stepsFirst;
                }
            }
        }
        if (best.clock().isConstant() || cannotTell(visit, best)) {
            return unchanged;
        }
        return best.clock();
    }

    /**
     * Share of the swings mapped within the visit's events (and {@link #VISIT_MARGIN_MILLIS}) that
     * {@code clock} explains; 1 when there are none to explain.
     */
    static double explainedShare(SortedTimes events, SortedTimes swings, ClockModel clock, long toleranceMillis) {
        int lo = swings.firstAtOrAfter(
                Saturating.subtract(clock.toSensorMillis(events.time(0)), VISIT_MARGIN_MILLIS));
        int hi = swings.firstAtOrAfter(Saturating.add(Saturating.add(
                clock.toSensorMillis(events.time(events.size() - 1)), VISIT_MARGIN_MILLIS), 1));
        if (hi <= lo) {
            return 1;
        }
        ResidualScore scoring = ResidualScore.withSpread(toleranceMillis, toleranceMillis / 2);
        SwingResiduals residuals = SwingResiduals.of(events, swings, lo, hi, clock, scoring);
        int explained = 0;
        for (int s = lo; s < hi; s++) {
            if (residuals.score(s) >= EXPLAINED_LEVEL) {
                explained++;
            }
        }
        return (double) explained / (hi - lo);
    }

    /**
     * Whether the data cannot tell a changing clock from chance: the residuals the model leaves still
     * spread as widely as chance within the tolerance (the devices disagree by about a pitch gap), or it
     * explains too few of the visit's swings for them to be one player's pitches. Drift or steps fitted
     * to such data are as likely wrong as right.
     */
    private static boolean cannotTell(VisitTimes visit, ClockFit fit) {
        long sigma = ResidualScore.fitted(fit.residuals(), visit.lo(), visit.hi(), visit.toleranceMillis()).sigmaMillis();
        int explained = 0;
        for (int s = visit.lo(); s < visit.hi(); s++) {
            if (fit.residuals().score(s) >= EXPLAINED_LEVEL) {
                explained++;
            }
        }
        double noisy = explained >= WELL_EXPLAINED_SHARE * visit.swingCount() ? NOISY_SPREAD_WELL_EXPLAINED
                : NOISY_SPREAD;
        return sigma >= noisy * visit.toleranceMillis() || explained < MIN_EXPLAINED_SHARE * visit.swingCount();
    }

    /** Summed score less the penalties of what the model adds to a constant offset. */
    private static double score(VisitTimes visit, ClockFit fit) {
        return fit.residuals().total() - (fit.clock().driftPpm() == 0 ? 0 : DRIFT_PENALTY)
                - StepSearch.stepPenalty(visit) * fit.clock().steps().size();
    }

    /** The best line grown from the constant offset or from one of the lines a drift search suggests. */
    private static ClockFit bestLine(VisitTimes visit, ClockFit constant) {
        ClockFit best = grow(visit, constant);
        for (ClockModel line : DriftSearch.candidates(visit, constant.clock().offsetAtStartMillis())) {
            ClockFit grown = grow(visit, new ClockFit(line, visit.residuals(line)));
            if (grown.residuals().total() > best.residuals().total()) {
                best = grown;
            }
        }
        return best;
    }

    /** Steps added one at a time while they pay, the line refitted after each. */
    private static ClockFit withSteps(VisitTimes visit, ClockFit start) {
        ClockFit best = start;
        for (int search = 0; search < MAX_STEP_SEARCHES; search++) {
            ClockFit stepped = StepSearch.improve(visit, best);
            if (stepped == null) {
                break;
            }
            best = refit(visit, stepped);
        }
        return best;
    }

    /** Refits the line to the run of swings it explains until that run stops growing. */
    private static ClockFit grow(VisitTimes visit, ClockFit start) {
        ClockFit current = start;
        for (int round = 0; round < MAX_GROWTH_ROUNDS; round++) {
            int[] run = Runs.bestAbove(current.residuals().scoreBySwing(), EXPLAINED_LEVEL, visit.lo(), visit.hi());
            ClockModel line = DriftLine.fit(visit.swings(), current.residuals(), run[0], run[1], current.clock(),
                    visit.toleranceMillis());
            if (line == null) {
                // Too short a run to fit: all pairs within tolerance, the biweight discounting chance ones.
                line = DriftLine.fit(visit.swings(), current.residuals(), visit.lo(), visit.hi(), current.clock(),
                        visit.toleranceMillis());
            }
            if (line == null) {
                break;
            }
            SwingResiduals residuals = visit.residuals(line);
            if (residuals.total() <= current.residuals().total()) {
                break;
            }
            current = new ClockFit(line, residuals);
        }
        return current;
    }

    /**
     * The line refitted over the whole visit with the steps known; kept only if it fits better, by the
     * drift penalty when the model had no drift yet.
     */
    private static ClockFit refit(VisitTimes visit, ClockFit fit) {
        ClockModel line = DriftLine.fit(visit.swings(), fit.residuals(), visit.lo(), visit.hi(), fit.clock(),
                visit.toleranceMillis());
        if (line == null) {
            return fit;
        }
        SwingResiduals residuals = visit.residuals(line);
        double required = fit.clock().driftPpm() == 0 ? DRIFT_PENALTY : 0;
        return residuals.total() - fit.residuals().total() > required ? new ClockFit(line, residuals) : fit;
    }
}
