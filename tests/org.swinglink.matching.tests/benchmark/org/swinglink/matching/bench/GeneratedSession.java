package org.swinglink.matching.bench;

import java.util.Random;

/**
 * Matcher input with the truth it was built from. Events are in HitTrax export order (oldest
 * first), swings in Blast export order (newest first).
 *
 * @param trueEventOfSwing for each swing position, the event position it belongs to, or -1
 */
public record GeneratedSession(long[] eventEpochMillis, long[] swingEpochMillis, int[] trueEventOfSwing) {

    public int truePairCount() {
        int count = 0;
        for (int event : trueEventOfSwing) {
            if (event >= 0) {
                count++;
            }
        }
        return count;
    }

    /** The same session with events and swings in random order, the truth following them. */
    public GeneratedSession shuffled(Random random) {
        int[] eventPosition = randomPermutation(eventEpochMillis.length, random);
        int[] swingPosition = randomPermutation(swingEpochMillis.length, random);
        long[] events = new long[eventEpochMillis.length];
        for (int e = 0; e < events.length; e++) {
            events[eventPosition[e]] = eventEpochMillis[e];
        }
        long[] swings = new long[swingEpochMillis.length];
        int[] truth = new int[swings.length];
        for (int s = 0; s < swings.length; s++) {
            swings[swingPosition[s]] = swingEpochMillis[s];
            truth[swingPosition[s]] = trueEventOfSwing[s] < 0 ? -1 : eventPosition[trueEventOfSwing[s]];
        }
        return new GeneratedSession(events, swings, truth);
    }

    /** A random order of {@code 0 .. size-1}: the position each element moves to. */
    public static int[] randomPermutation(int size, Random random) {
        int[] permutation = new int[size];
        for (int i = 0; i < size; i++) {
            int j = random.nextInt(i + 1);
            permutation[i] = permutation[j];
            permutation[j] = i;
        }
        return permutation;
    }
}
