package org.swinglink.importer;

import java.util.List;

import org.swinglink.store.PairOrigin;

/**
 * One player's share of an import and how their swings were paired.
 *
 * @param playerName        the player as stored
 * @param hittraxEvents     events this import stored for them
 * @param pairedEvents      of those events, how many are paired with a sensor swing
 * @param sensorSwings      swings this import stored for them
 * @param matchedSwings     of those swings, how many are paired with a HitTrax event
 * @param clockOffsetMillis offset used (HitTrax clock minus sensor clock), null when nothing could be paired
 * @param offsetEstimated   whether the offset was estimated from the data (else the user fixed it)
 * @param offsetSupport     share of candidate swings that agreed with the offset, 0..1; null with no offset
 * @param pairOrigins       the player's pairs from this import by sensor and pairing method (in file, by time, ...)
 * @param clock             how the clock drifted and stepped from the offset over the visit it was measured in;
 *                          null when the offset was given or nothing could be paired
 */
public record PlayerReport(String playerName, int hittraxEvents, int pairedEvents, int sensorSwings, int matchedSwings,
        Long clockOffsetMillis, boolean offsetEstimated, Double offsetSupport, List<PairOrigin> pairOrigins,
        ClockReport clock) {

    public PlayerReport {
        pairOrigins = List.copyOf(pairOrigins);
    }

    public int unpairedEvents() {
        return hittraxEvents - pairedEvents;
    }

    public int unmatchedSwings() {
        return sensorSwings - matchedSwings;
    }
}
