package org.swinglink.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Pairs a player's swings and events over many visits to the cage, as a season's import holds them.
 *
 * <p>A sensor's clock is set by the phone it syncs with, so its offset from the HitTrax clock changes
 * from one day to the next; one offset for a season pairs one day's swings and loses the rest. The
 * events are therefore cut into visits wherever HitTrax recorded nothing for {@link #VISIT_GAP_MILLIS},
 * and each visit gets its own offset, estimated from its own events and the swings within reach of
 * them. A visit too small to fix an offset ({@link #MIN_TO_ESTIMATE}) uses the one estimated over all
 * visits. Visits are paired largest first and a swing is paired at most once. With one visit this is
 * exactly {@link SwingMatcher}.
 */
public final class VisitMatcher {
    /** Thirty minutes: far longer than a break between rounds, shorter than a break between visits. */
    public static final long VISIT_GAP_MILLIS = 30 * 60 * 1_000L;

    /** Fewer events or swings than this in a visit do not estimate an offset of their own. */
    public static final int MIN_TO_ESTIMATE = 10;

    private final SwingMatcher matcher = new SwingMatcher();

    public MatchResult match(long[] eventEpochMillis, long[] swingEpochMillis, MatchOptions options) {
        Objects.requireNonNull(options, "options");
        SortedTimes events = SortedTimes.of(eventEpochMillis);
        List<int[]> visits = visits(events);
        if (visits.size() <= 1) {
            return matcher.match(eventEpochMillis, swingEpochMillis, options);
        }
        SortedTimes swings = SortedTimes.of(swingEpochMillis);
        long reach = options.reachMillis();
        visits.sort(Comparator.comparingInt((int[] visit) -> visit[1] - visit[0]).reversed());
        boolean[] swingPaired = new boolean[swingEpochMillis.length];
        List<MatchedPair> pairs = new ArrayList<>();
        Long overallOffset = null;
        long offset = 0;
        int mostPairs = -1;
        for (int[] visit : visits) {
            int[] visitEvents = new int[visit[1] - visit[0]];
            for (int i = 0; i < visitEvents.length; i++) {
                visitEvents[i] = events.inputIndex(visit[0] + i);
            }
            int[] visitSwings = unpairedWithin(swings, swingPaired, events.time(visit[0]) - reach,
                    events.time(visit[1] - 1) + reach);
            MatchOptions visitOptions = options;
            if (options.estimatesOffset()
                    && (visitEvents.length < MIN_TO_ESTIMATE || visitSwings.length < MIN_TO_ESTIMATE)) {
                if (overallOffset == null) {
                    overallOffset = matcher.match(eventEpochMillis, swingEpochMillis, options).offsetMillis();
                }
                visitOptions = options.withFixedOffset(overallOffset);
            }
            MatchResult result = matcher.match(select(eventEpochMillis, visitEvents), select(swingEpochMillis, visitSwings),
                    visitOptions);
            for (MatchedPair pair : result.pairs()) {
                int swing = visitSwings[pair.swingIndex()];
                pairs.add(new MatchedPair(visitEvents[pair.eventIndex()], swing, pair.deltaMillis()));
                swingPaired[swing] = true;
            }
            if (result.pairs().size() > mostPairs) {
                mostPairs = result.pairs().size();
                offset = result.offsetMillis();
            }
        }
        pairs.sort(Comparator.comparingLong((MatchedPair pair) -> swingEpochMillis[pair.swingIndex()]));
        double support = swingEpochMillis.length == 0 ? 0 : (double) pairs.size() / swingEpochMillis.length;
        return new MatchResult(pairs, offset, options.estimatesOffset(), support);
    }

    /** Ranges [from, to) of sorted positions holding one visit each, in time order. */
    private static List<int[]> visits(SortedTimes events) {
        List<int[]> visits = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= events.size(); i++) {
            if (i == events.size() || events.time(i) - events.time(i - 1) > VISIT_GAP_MILLIS) {
                visits.add(new int[] { start, i });
                start = i;
            }
        }
        return visits;
    }

    /** Input positions of the swings in [from, to] not paired yet. */
    private static int[] unpairedWithin(SortedTimes swings, boolean[] paired, long from, long to) {
        int first = swings.firstAtOrAfter(from);
        int end = to == Long.MAX_VALUE ? swings.size() : swings.firstAtOrAfter(to + 1);
        int[] positions = new int[Math.max(0, end - first)];
        int count = 0;
        for (int i = first; i < end; i++) {
            if (!paired[swings.inputIndex(i)]) {
                positions[count++] = swings.inputIndex(i);
            }
        }
        return Arrays.copyOf(positions, count);
    }

    private static long[] select(long[] times, int[] positions) {
        long[] selected = new long[positions.length];
        for (int i = 0; i < positions.length; i++) {
            selected[i] = times[positions[i]];
        }
        return selected;
    }
}
