package org.swinglink.matching;

import java.util.Arrays;

/**
 * Times in ascending order together with the input position each came from. Equal times keep their
 * input order, so duplicates are handled deterministically.
 */
final class SortedTimes {

    private final long[] times;
    private final int[] inputIndex;

    private SortedTimes(long[] times, int[] inputIndex) {
        this.times = times;
        this.inputIndex = inputIndex;
    }

    static SortedTimes of(long[] epochMillis) {
        int count = epochMillis.length;
        long[] times = new long[count];
        int[] inputIndex = new int[count];
        if (count == 0) {
            return new SortedTimes(times, inputIndex);
        }
        long min = Arrays.stream(epochMillis).min().getAsLong();
        long max = Arrays.stream(epochMillis).max().getAsLong();
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(count - 1));
        long span = max - min;
        // Packing (time - min, index) into one long lets a primitive sort do the work: ten times
        // faster than sorting boxed indices, which is only needed for absurd time spans.
        if (span >= 0 && span < (1L << (63 - indexBits))) {
            sortPacked(epochMillis, min, indexBits, times, inputIndex);
        } else {
            sortBoxed(epochMillis, times, inputIndex);
        }
        return new SortedTimes(times, inputIndex);
    }

    private static void sortPacked(long[] source, long min, int indexBits, long[] times, int[] inputIndex) {
        long[] packed = new long[source.length];
        for (int i = 0; i < source.length; i++) {
            packed[i] = ((source[i] - min) << indexBits) | i;
        }
        Arrays.sort(packed);
        long indexMask = (1L << indexBits) - 1;
        for (int i = 0; i < packed.length; i++) {
            int index = (int) (packed[i] & indexMask);
            inputIndex[i] = index;
            times[i] = source[index];
        }
    }

    private static void sortBoxed(long[] source, long[] times, int[] inputIndex) {
        Integer[] order = new Integer[source.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int byTime = Long.compare(source[a], source[b]);
            return byTime != 0 ? byTime : Integer.compare(a, b);
        });
        for (int i = 0; i < order.length; i++) {
            inputIndex[i] = order[i];
            times[i] = source[order[i]];
        }
    }

    /** Positions [from, to) as times of their own, each standing for its sorted position here. */
    SortedTimes positions(int from, int to) {
        int[] positions = new int[to - from];
        Arrays.setAll(positions, i -> from + i);
        return new SortedTimes(Arrays.copyOfRange(times, from, to), positions);
    }

    /** Positions [from, to) as times of their own; input positions are kept. */
    SortedTimes slice(int from, int to) {
        return new SortedTimes(Arrays.copyOfRange(times, from, to), Arrays.copyOfRange(inputIndex, from, to));
    }

    /**
     * Every time moved onto the HitTrax clock by {@code clock}, sorted again (a step that sets the
     * sensor clock back can reorder swings); input positions are kept.
     */
    SortedTimes mappedBy(ClockModel clock) {
        long[] mapped = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            mapped[i] = clock.toHitTraxMillis(times[i]);
        }
        return withTimes(mapped);
    }

    /** New times for the same positions ({@code newTimes[i]} replaces {@code time(i)}), sorted again. */
    SortedTimes withTimes(long[] newTimes) {
        SortedTimes byNewTime = of(newTimes);
        int[] originalInput = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            originalInput[i] = inputIndex[byNewTime.inputIndex[i]];
        }
        return new SortedTimes(byNewTime.times, originalInput);
    }

    int size() {
        return times.length;
    }

    long time(int sortedPosition) {
        return times[sortedPosition];
    }

    int inputIndex(int sortedPosition) {
        return inputIndex[sortedPosition];
    }

    /** Sorted position of the first time {@code >= t}; {@code size()} when there is none. */
    int firstAtOrAfter(long t) {
        int low = 0;
        int high = times.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (times[middle] < t) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
