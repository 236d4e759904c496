package org.swinglink.matching;

/**
 * One sensor swing paired with one HitTrax event.
 *
 * @param eventIndex position in the event array given to the matcher
 * @param swingIndex position in the swing array given to the matcher
 * @param deltaMillis event time minus (swing time + offset)
 */
public record MatchedPair(int eventIndex, int swingIndex, long deltaMillis) {
}
