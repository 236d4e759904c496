package org.swinglink.matching;

import java.util.List;
import java.util.Objects;

/**
 * Pairs sensor swings (Blast Motion, Diamond Kinetics) with HitTrax batted-ball events by time.
 *
 * <p>First the clock offset (HitTrax clock minus sensor clock) is taken from the options or estimated
 * from the data; then swings and events are paired one-to-one in time order, each pair within the
 * tolerance. Swings without a batted ball (misses, dry swings) and events without a swing (takes)
 * stay unpaired. Inputs may be unsorted and hold duplicates; the result refers to input positions.
 * O((n + m) log(n + m)); instances hold no state and may be shared.
 */
public final class SwingMatcher {

    public MatchResult match(long[] eventEpochMillis, long[] swingEpochMillis, MatchOptions options) {
        Objects.requireNonNull(eventEpochMillis, "eventEpochMillis");
        Objects.requireNonNull(swingEpochMillis, "swingEpochMillis");
        Objects.requireNonNull(options, "options");
        SortedTimes events = SortedTimes.of(eventEpochMillis);
        SortedTimes swings = SortedTimes.of(swingEpochMillis);
        long offset = options.estimatesOffset()
                ? OffsetEstimator.estimate(events, swings, options.toleranceMillis(), options.maxOffsetMillis())
                        .offsetMillis()
                : options.fixedOffsetMillis();
        List<MatchedPair> pairs = OrderPreservingPairing.pair(events, swings, offset, options.toleranceMillis());
        double support = swings.size() == 0 ? 0 : (double) pairs.size() / swings.size();
        return new MatchResult(pairs, offset, options.estimatesOffset(), support);
    }
}
