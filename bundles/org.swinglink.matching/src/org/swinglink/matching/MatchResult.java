package org.swinglink.matching;

import java.util.Comparator;
import java.util.List;

/**
 * The pairs found by {@link SwingMatcher}, ordered by swing time, and the clock they rest on.
 *
 * @param pairs one-to-one, order-preserving pairs
 * @param clock HitTrax clock minus sensor clock that was used, of the visit with the most pairs
 * @param visitClocks the clock of each visit and the sensor times it covers, sorted by time; empty
 *     when the result was built from an offset alone
 * @param offsetEstimated whether the clock came from the data rather than the options
 * @param offsetSupport fraction of swings paired under that clock, 0..1; a low value on a long
 *     session means the devices did not record the same swings or the offset is outside the search
 *     range
 */
public record MatchResult(List<MatchedPair> pairs, ClockModel clock, List<VisitClock> visitClocks,
        boolean offsetEstimated, double offsetSupport) {

    public MatchResult {
        pairs = List.copyOf(pairs);
        visitClocks = visitClocks.stream().sorted(Comparator.comparingLong(VisitClock::fromSensorMillis)).toList();
        if (!(offsetSupport >= 0 && offsetSupport <= 1)) {
            throw new IllegalArgumentException("offsetSupport must be within 0..1: " + offsetSupport);
        }
    }

    /** A result that rests on one constant offset and knows no visits. */
    public MatchResult(List<MatchedPair> pairs, long offsetMillis, boolean offsetEstimated, double offsetSupport) {
        this(pairs, ClockModel.constant(offsetMillis), List.of(), offsetEstimated, offsetSupport);
    }

    /** HitTrax clock minus sensor clock at the start of the visit with the most pairs. */
    public long offsetMillis() {
        return clock.offsetAtStartMillis();
    }

    /**
     * The clock of the visit that covers {@code sensorEpochMillis}, else of the visit nearest to it,
     * else {@link #clock()}.
     */
    public ClockModel clockAt(long sensorEpochMillis) {
        VisitClock nearest = null;
        long nearestDistance = Long.MAX_VALUE;
        for (VisitClock visit : visitClocks) {
            long distance = visit.covers(sensorEpochMillis) ? 0
                    : Math.min(Math.abs(Saturating.subtract(visit.fromSensorMillis(), sensorEpochMillis)),
                            Math.abs(Saturating.subtract(sensorEpochMillis, visit.toSensorMillis())));
            if (distance < nearestDistance) {
                nearest = visit;
                nearestDistance = distance;
            }
        }
        return nearest == null ? clock : nearest.clock();
    }

    /** Positions of the events no swing was paired with, ascending. */
    public int[] unmatchedEventIndices(int eventCount) {
        boolean[] paired = new boolean[eventCount];
        for (MatchedPair pair : pairs) {
            paired[pair.eventIndex()] = true;
        }
        return unmarked(paired);
    }

    /** Positions of the swings no event was paired with, ascending. */
    public int[] unmatchedSwingIndices(int swingCount) {
        boolean[] paired = new boolean[swingCount];
        for (MatchedPair pair : pairs) {
            paired[pair.swingIndex()] = true;
        }
        return unmarked(paired);
    }

    private static int[] unmarked(boolean[] marked) {
        int count = 0;
        for (boolean isMarked : marked) {
            if (!isMarked) {
                count++;
            }
        }
        int[] result = new int[count];
        int next = 0;
        for (int i = 0; i < marked.length; i++) {
            if (!marked[i]) {
                result[next++] = i;
            }
        }
        return result;
    }
}
