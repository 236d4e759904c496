package org.swinglink.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Pairs sensor swings (Blast Motion, Diamond Kinetics) with HitTrax batted-ball events by time.
 *
 * <p>First the clock (HitTrax clock minus sensor clock) is taken from the options or estimated from
 * the data: a constant offset, then drift and steps within the input where the data shows them
 * ({@link ClockEstimator}); then swings, moved onto the HitTrax clock, and events are paired
 * one-to-one in time order, each pair within the tolerance. Swings without a batted ball (misses, dry
 * swings) and events without a swing (takes) stay unpaired. Inputs may be unsorted and hold duplicates;
 * the result refers to input positions. The input is one visit; {@link VisitMatcher} cuts a season into
 * visits. O((n + m) log(n + m)); instances hold no state and may be shared.
 */
public final class SwingMatcher {

    public MatchResult match(long[] eventEpochMillis, long[] swingEpochMillis, MatchOptions options) {
        Objects.requireNonNull(eventEpochMillis, "eventEpochMillis");
        Objects.requireNonNull(swingEpochMillis, "swingEpochMillis");
        Objects.requireNonNull(options, "options");
        SortedTimes events = SortedTimes.of(eventEpochMillis);
        SortedTimes swings = SortedTimes.of(swingEpochMillis);
        ClockModel clock = options.estimatesOffset()
                ? WindowedClockSearch.estimate(events, swings, options)
                : ClockModel.constant(options.fixedOffsetMillis());
        return pair(events, swings, swingEpochMillis, clock, options);
    }

    /** Pairs with a clock decided elsewhere: a small visit borrows its neighbour's. */
    MatchResult matchWithClock(long[] eventEpochMillis, long[] swingEpochMillis, ClockModel clock,
            MatchOptions options) {
        return pair(SortedTimes.of(eventEpochMillis), SortedTimes.of(swingEpochMillis), swingEpochMillis, clock,
                options);
    }

    private static MatchResult pair(SortedTimes events, SortedTimes swings, long[] swingEpochMillis, ClockModel clock,
            MatchOptions options) {
        List<MatchedPair> pairs;
        if (clock.isConstant()) {
            pairs = OrderPreservingPairing.pair(events, swings, clock.offsetAtStartMillis(), options.toleranceMillis());
        } else {
            pairs = new ArrayList<>(OrderPreservingPairing.pair(events, swings.mappedBy(clock), 0,
                    options.toleranceMillis()));
            pairs.sort(Comparator.comparingLong((MatchedPair pair) -> swingEpochMillis[pair.swingIndex()]));
        }
        double support = swings.size() == 0 ? 0 : (double) pairs.size() / swings.size();
        List<VisitClock> visitClocks = events.size() == 0 ? List.of()
                : List.of(visitClock(events, swingEpochMillis, pairs, clock));
        return new MatchResult(pairs, clock, visitClocks, options.estimatesOffset(), support);
    }

    /** The constant offset the options fix or the data suggests, before any drift or step. */
    static long constantOffset(SortedTimes events, SortedTimes swings, MatchOptions options) {
        return options.estimatesOffset()
                ? OffsetEstimator.estimate(events, swings, options.toleranceMillis(), options.maxOffsetMillis())
                        .offsetMillis()
                : options.fixedOffsetMillis();
    }

    /** The visit's events mapped onto the sensor clock, widened to its paired swings. */
    private static VisitClock visitClock(SortedTimes events, long[] swingEpochMillis, List<MatchedPair> pairs,
            ClockModel clock) {
        long from = clock.toSensorMillis(events.time(0));
        long to = clock.toSensorMillis(events.time(events.size() - 1));
        for (MatchedPair pair : pairs) {
            from = Math.min(from, swingEpochMillis[pair.swingIndex()]);
            to = Math.max(to, swingEpochMillis[pair.swingIndex()]);
        }
        return new VisitClock(from, to, clock);
    }
}
