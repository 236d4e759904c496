package org.swinglink.matching;

/** Time arithmetic that clamps instead of wrapping, so extreme offsets cannot flip a comparison. */
final class Saturating {

    private Saturating() {
    }

    static long add(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    static long subtract(long a, long b) {
        if (b == Long.MIN_VALUE) {
            return a >= 0 ? Long.MAX_VALUE : a - b;
        }
        return add(a, -b);
    }
}
