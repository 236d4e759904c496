package org.swinglink.matching;

/**
 * For every swing (in sorted order) the run of sorted events within tolerance of the swing's time
 * shifted onto the HitTrax clock. Both ends only move forward as the swings do, which is what makes
 * the pairing linear apart from the sort.
 */
final class CandidateBands {

    private final int[] first;
    private final int[] last;

    private CandidateBands(int[] first, int[] last) {
        this.first = first;
        this.last = last;
    }

    static CandidateBands of(SortedTimes events, SortedTimes swings, long offsetMillis, long toleranceMillis) {
        int swingCount = swings.size();
        int eventCount = events.size();
        int[] first = new int[swingCount];
        int[] last = new int[swingCount];
        int low = 0;
        int high = 0;
        for (int s = 0; s < swingCount; s++) {
            long shifted = Saturating.add(swings.time(s), offsetMillis);
            long from = Saturating.subtract(shifted, toleranceMillis);
            long to = Saturating.add(shifted, toleranceMillis);
            while (low < eventCount && events.time(low) < from) {
                low++;
            }
            if (high < low) {
                high = low;
            }
            while (high < eventCount && events.time(high) <= to) {
                high++;
            }
            first[s] = low;
            last[s] = high - 1;
        }
        return new CandidateBands(first, last);
    }

    int swingCount() {
        return first.length;
    }

    /** Sorted position of the first candidate event of sorted swing {@code s}. */
    int first(int s) {
        return first[s];
    }

    /** Sorted position of the last candidate event; below {@link #first} when there is none. */
    int last(int s) {
        return last[s];
    }

    boolean isEmpty(int s) {
        return last[s] < first[s];
    }

    int width(int s) {
        return Math.max(0, last[s] - first[s] + 1);
    }
}
