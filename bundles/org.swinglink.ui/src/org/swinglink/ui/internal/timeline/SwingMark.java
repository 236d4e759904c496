package org.swinglink.ui.internal.timeline;

import java.time.Instant;

import org.swinglink.model.PairingMethod;

/**
 * A sensor swing on the timeline.
 *
 * @param sensorTime          the time on the sensor's clock
 * @param playerOffsetMillis  the player's clock offset at the swing (HitTrax minus sensor clock), by
 *                            the estimate of its visit with drift and steps ({@link PlayerClock}), or
 *                            null for swings without player or offset: those are shifted by the
 *                            offset the analyst typed
 * @param pairedEventId       the event stored as its pair, or null
 * @param pairing             how that pair was made, or null when unpaired
 */
public record SwingMark(String id, Instant sensorTime, String sensorType, Long playerOffsetMillis, String pairedEventId,
        PairingMethod pairing) {
}
