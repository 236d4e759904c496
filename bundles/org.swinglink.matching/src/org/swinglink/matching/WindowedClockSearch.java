package org.swinglink.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A visit's clock when the constant offset of the whole visit is the wrong place to start from.
 *
 * <p>Over a long visit a clock that drifts and steps smears the true peak of the difference histogram
 * over tens of seconds, and a cadence alias minutes away can stand taller; drift and steps grown from
 * there never reach the swings. Within a window of {@link #WINDOW_MILLIS} the clock moves little, so
 * {@link OffsetEstimator} on the window's events finds the true offset of that stretch. When the
 * whole-visit estimate explains fewer than {@link #MIN_EXPLAINED_SHARE} of the visit's swings, each
 * window's offset starts a {@link ClockEstimator} of its own, and the model whose mapped swings score
 * best over all swings wins, by a margin over the whole-visit one.
 */
final class WindowedClockSearch {

    /** Forty minutes: drift of 3,000 ppm moves the offset by 7 s, a window still holds about 100 pitches. */
    static final long WINDOW_MILLIS = 40 * 60_000L;
    /** Windows overlap by half, so a step falls well inside one window's neighbour. */
    static final long WINDOW_STRIDE_MILLIS = WINDOW_MILLIS / 2;
    /**
     * Share of the visit's swings below which the whole-visit estimate is doubted: a clock found right
     * explains about two thirds of the swings even with 30% misses.
     */
    static final double MIN_EXPLAINED_SHARE = 0.45;
    /** A window's offset needs this many supporting swings to start from. */
    static final int MIN_SUPPORT = ClockEstimator.MIN_SWINGS;
    /** Score a windowed start must add over the whole-visit model: more than a step's worth of chance. */
    static final double MIN_GAIN = 10;
    private static final int MAX_STARTS = 8;

    private WindowedClockSearch() {
    }

    static ClockModel estimate(SortedTimes events, SortedTimes swings, MatchOptions options) {
        long tolerance = options.toleranceMillis();
        long constant = SwingMatcher.constantOffset(events, swings, options);
        ClockEstimation estimation = options.clockEstimation();
        ClockModel whole = ClockEstimator.estimate(events, swings, constant, tolerance, estimation);
        if (estimation == ClockEstimation.CONSTANT_OFFSET || events.size() == 0 || swings.size() == 0
                || !spansWindows(events.time(events.size() - 1) - events.time(0))
                || ClockEstimator.explainedShare(events, swings, whole, tolerance) >= MIN_EXPLAINED_SHARE) {
            return whole;
        }
        ResidualScore scoring = ResidualScore.withSpread(tolerance, tolerance / 2);
        ClockModel best = whole;
        double bestScore = score(events, swings, whole, scoring) + MIN_GAIN;
        for (long start : windowOffsets(events, swings, constant, options)) {
            ClockModel model = ClockEstimator.estimate(events, swings, start, tolerance, estimation);
            double modelScore = score(events, swings, model, scoring);
            if (modelScore > bestScore) {
                best = model;
                bestScore = modelScore;
            }
        }
        return best;
    }

    /** Whether a visit of this span holds windows apart enough to disagree, and is one visit at all. */
    private static boolean spansWindows(long spanMillis) {
        return spanMillis >= 2 * WINDOW_MILLIS && spanMillis <= ClockEstimator.MAX_VISIT_SPAN_MILLIS;
    }

    /** The distinct offsets windows of the visit show, other than the whole visit's. */
    private static List<Long> windowOffsets(SortedTimes events, SortedTimes swings, long constant,
            MatchOptions options) {
        long tolerance = options.toleranceMillis();
        List<Long> offsets = new ArrayList<>();
        long first = events.time(0);
        long last = events.time(events.size() - 1);
        for (long from = first; from < last && offsets.size() < MAX_STARTS; from += WINDOW_STRIDE_MILLIS) {
            long to = Math.min(from + WINDOW_MILLIS, last + 1);
            if (to - from < WINDOW_MILLIS) {
                from = Math.max(first, last + 1 - WINDOW_MILLIS);
                to = last + 1;
            }
            SortedTimes window = events.slice(events.firstAtOrAfter(from), events.firstAtOrAfter(to));
            OffsetFit fit = OffsetEstimator.estimate(window, swings, tolerance, options.maxOffsetMillis());
            long offset = fit.offsetMillis();
            if (fit.supportingSwings() >= MIN_SUPPORT && Math.abs(offset - constant) > tolerance
                    && offsets.stream().noneMatch(other -> Math.abs(other - offset) <= tolerance)) {
                offsets.add(offset);
            }
            if (to > last) {
                break;
            }
        }
        return offsets;
    }

    private static double score(SortedTimes events, SortedTimes swings, ClockModel model, ResidualScore scoring) {
        return SwingResiduals.of(events, swings, 0, swings.size(), model, scoring).total();
    }
}
