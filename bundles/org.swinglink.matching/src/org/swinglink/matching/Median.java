package org.swinglink.matching;

/** Median by quickselect: linear on average, where sorting every refinement pass would not be. */
final class Median {

    private Median() {
    }

    /** Upper median of {@code values[0..count)}; reorders that part of the array. */
    static long of(long[] values, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("no values");
        }
        int target = count / 2;
        int low = 0;
        int high = count - 1;
        while (low < high) {
            long pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                high = j;
            } else if (target >= i) {
                low = i;
            } else {
                return values[target];
            }
        }
        return values[target];
    }
}
