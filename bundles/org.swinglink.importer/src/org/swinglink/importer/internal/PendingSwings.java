package org.swinglink.importer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.swinglink.store.RowInserts;
import org.swinglink.model.PairingMethod;
import org.swinglink.source.api.SensorSwingRecord;

/**
 * This import's swings that pairing by time may pair, held until their player is paired and then
 * inserted once, each with its ball: a season's pairs cost no second write (an UPDATE per pair by a
 * random key was a fifth of a season's import). Each is held without its row's columns, which the
 * kept file gives back, and in the order of its player's timed swings in the {@link PlayerTally},
 * so pairing names it by that position.
 */
final class PendingSwings {
    /** A swing waiting for its pair; {@code eventId} stays null when pairing finds none. */
    private static final class Pending {
        final String id;
        final String sensorType;
        final String fileName;
        final String assignedBy;
        final SensorSwingRecord record;
        String eventId;
        double deltaMillis;

        Pending(String id, String sensorType, String fileName, String assignedBy, SensorSwingRecord record) {
            this.id = id;
            this.sensorType = sensorType;
            this.fileName = fileName;
            this.assignedBy = assignedBy;
            this.record = record;
        }
    }

    private final Map<String, List<Pending>> byPlayer = new LinkedHashMap<>();

    /** Holds a swing of {@code playerId}'s, after those the tally already lists for them. */
    void hold(String playerId, String id, String sensorType, String fileName, String assignedBy, SensorSwingRecord record) {
        SensorSwingRecord slim = record.withoutRow();
        byPlayer.computeIfAbsent(playerId, key -> new ArrayList<>()).add(new Pending(id, sensorType, fileName, assignedBy, slim));
    }

    /** Pairs the player's {@code index}-th held swing with an event. */
    void pair(String playerId, int index, String eventId, double deltaMillis) {
        Pending swing = byPlayer.get(playerId).get(index);
        swing.eventId = eventId;
        swing.deltaMillis = deltaMillis;
    }

    /** Inserts every held swing with its pair, if any, and lets them go. */
    void insertAll(RowInserts inserts, String importSessionId, Instant assignedAt) {
        for (Map.Entry<String, List<Pending>> player : byPlayer.entrySet()) {
            for (Pending swing : player.getValue()) {
                inserts.swing(swing.id, importSessionId, swing.sensorType, swing.fileName, player.getKey(), swing.assignedBy,
                        assignedAt, swing.record, swing.eventId, swing.eventId == null ? null : PairingMethod.TIME,
                        swing.deltaMillis);
            }
        }
        byPlayer.clear();
        inserts.flush();
    }
}
