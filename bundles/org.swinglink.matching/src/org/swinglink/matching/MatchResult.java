package org.swinglink.matching;

import java.util.List;

/**
 * The pairs found by {@link SwingMatcher}, ordered by swing time, and the clock offset they rest on.
 *
 * @param pairs one-to-one, order-preserving pairs
 * @param offsetMillis HitTrax clock minus sensor clock that was used
 * @param offsetEstimated whether the offset came from the data rather than the options
 * @param offsetSupport fraction of swings paired under that offset, 0..1; a low value on a long
 *     session means the devices did not record the same swings or the offset is outside the search
 *     range
 */
public record MatchResult(List<MatchedPair> pairs, long offsetMillis, boolean offsetEstimated, double offsetSupport) {

    public MatchResult {
        pairs = List.copyOf(pairs);
        if (!(offsetSupport >= 0 && offsetSupport <= 1)) {
            throw new IllegalArgumentException("offsetSupport must be within 0..1: " + offsetSupport);
        }
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
