package org.swinglink.importer;

import java.time.Instant;

import org.swinglink.model.PairingMethod;

/**
 * Everything an analyst can change about a sensor swing (its player and its pair), captured
 * before a change so that the change can be undone.
 */
public record SwingState(String swingId, String playerId, boolean assigned, Instant assignedAt, String assignedBy,
        String hittraxEventId, Double matchTimeDelta, PairingMethod pairingMethod) {
}
