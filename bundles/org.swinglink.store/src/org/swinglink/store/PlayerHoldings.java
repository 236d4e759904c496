package org.swinglink.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A player and what they hold: HitTrax events (in HitTrax sessions), sensor swings (paired or not)
 * and the records imports kept of them. Sensor-only players show swings and no events.
 *
 * @param firstActivity the earliest event or swing (each on its device's clock), null when they hold none
 * @param lastActivity  the latest event or swing, null when they hold none
 */
public record PlayerHoldings(String playerId, String name, long hittraxSessions, long hittraxEvents, long sensorSwings,
        long pairedSwings, long importRecords, Instant firstActivity, Instant lastActivity) {

    /** Nothing refers to the player: removing them loses nothing. */
    public boolean isEmpty() {
        return hittraxSessions == 0 && sensorSwings == 0 && importRecords == 0;
    }

    /** What the player holds in words, e.g. "120 HitTrax events, 45 sensor swings and 2 imports' records". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (hittraxEvents > 0 || hittraxSessions > 0) {
            parts.add(count(hittraxEvents, "HitTrax event") + " in " + count(hittraxSessions, "HitTrax session"));
        }
        if (sensorSwings > 0) {
            parts.add(count(sensorSwings, "sensor swing") + " (" + pairedSwings + " paired)");
        }
        if (importRecords > 0) {
            parts.add(count(importRecords, "import") + " naming them");
        }
        if (parts.isEmpty()) {
            return "nothing";
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
