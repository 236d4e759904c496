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
 * and each visit gets its own clock (an offset, and drift and steps where the visit shows them),
 * estimated from its own events and the swings within reach of them. A visit too small to fix an offset
 * ({@link #MIN_TO_ESTIMATE}) uses the constant offset estimated over all visits, or, when a visit
 * within {@link #NEIGHBOUR_MILLIS} found its clock drifting or stepping, that visit's clock carried on.
 * Visits are paired largest first and a swing is paired at most once. With one visit this is exactly
 * {@link SwingMatcher}.
 */
public final class VisitMatcher {
    /** Thirty minutes: far longer than a break between rounds, shorter than a break between visits. */
    public static final long VISIT_GAP_MILLIS = 30 * 60 * 1_000L;

    /** Fewer events or swings than this in a visit do not estimate an offset of their own. */
    public static final int MIN_TO_ESTIMATE = 10;

    /**
     * Three hours: a clock that drifted in one visit still drifts in a short one the same afternoon, where
     * the offset of all visits, days apart, says little.
     */
    public static final long NEIGHBOUR_MILLIS = 3 * 60 * 60 * 1_000L;

    private final SwingMatcher matcher = new SwingMatcher();

    /** An estimated visit's events' first and last HitTrax time, and its clock. */
    private record EstimatedVisit(long firstEvent, long lastEvent, ClockModel clock) {
        long distanceTo(long first, long last) {
            return Math.max(0, Math.max(first - lastEvent, firstEvent - last));
        }
    }

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
        List<VisitClock> visitClocks = new ArrayList<>();
        List<EstimatedVisit> estimated = new ArrayList<>();
        Long overallOffset = null;
        ClockModel clock = ClockModel.constant(0);
        int mostPairs = -1;
        for (int[] visit : visits) {
            int[] visitEvents = new int[visit[1] - visit[0]];
            for (int i = 0; i < visitEvents.length; i++) {
                visitEvents[i] = events.inputIndex(visit[0] + i);
            }
            int[] visitSwings = unpairedWithin(swings, swingPaired, events.time(visit[0]) - reach,
                    events.time(visit[1] - 1) + reach);
            long firstEvent = events.time(visit[0]);
            long lastEvent = events.time(visit[1] - 1);
            long[] eventTimes = select(eventEpochMillis, visitEvents);
            long[] swingTimes = select(swingEpochMillis, visitSwings);
            MatchResult result;
            if (options.estimatesOffset()
                    && (visitEvents.length < MIN_TO_ESTIMATE || visitSwings.length < MIN_TO_ESTIMATE)) {
                ClockModel neighbours = changingClockNear(estimated, firstEvent, lastEvent);
                if (neighbours != null) {
                    result = matcher.matchWithClock(eventTimes, swingTimes, neighbours, options);
                } else {
                    if (overallOffset == null) {
                        overallOffset = SwingMatcher.constantOffset(events, swings, options);
                    }
                    result = matcher.match(eventTimes, swingTimes, options.withFixedOffset(overallOffset));
                }
            } else {
                result = matcher.match(eventTimes, swingTimes, options);
                estimated.add(new EstimatedVisit(firstEvent, lastEvent, result.clock()));
            }
            for (MatchedPair pair : result.pairs()) {
                int swing = visitSwings[pair.swingIndex()];
                pairs.add(new MatchedPair(visitEvents[pair.eventIndex()], swing, pair.deltaMillis()));
                swingPaired[swing] = true;
            }
            visitClocks.addAll(result.visitClocks());
            if (result.pairs().size() > mostPairs) {
                mostPairs = result.pairs().size();
                clock = result.clock();
            }
        }
        pairs.sort(Comparator.comparingLong((MatchedPair pair) -> swingEpochMillis[pair.swingIndex()]));
        double support = swingEpochMillis.length == 0 ? 0 : (double) pairs.size() / swingEpochMillis.length;
        return new MatchResult(pairs, clock, visitClocks, options.estimatesOffset(), support);
    }

    /** The clock of the nearest estimated visit within {@link #NEIGHBOUR_MILLIS}, if it drifts or steps. */
    private static ClockModel changingClockNear(List<EstimatedVisit> estimated, long firstEvent, long lastEvent) {
        EstimatedVisit nearest = null;
        for (EstimatedVisit visit : estimated) {
            if (nearest == null || visit.distanceTo(firstEvent, lastEvent) < nearest.distanceTo(firstEvent, lastEvent)) {
                nearest = visit;
            }
        }
        if (nearest == null || nearest.clock().isConstant()
                || nearest.distanceTo(firstEvent, lastEvent) > NEIGHBOUR_MILLIS) {
            return null;
        }
        return nearest.clock();
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
