package org.swinglink.matching.bench;

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
}
