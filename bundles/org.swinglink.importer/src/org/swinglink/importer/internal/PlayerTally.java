package org.swinglink.importer.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per player: how many events and swings an import stored, and the time span they cover. */
final class PlayerTally {
    static final class Counts {
        int hittraxEvents;
        int sensorSwings;
        Instant first;
        Instant last;

        void cover(Instant time) {
            if (time != null) {
                first = first == null || time.isBefore(first) ? time : first;
                last = last == null || time.isAfter(last) ? time : last;
            }
        }
    }

    private final Map<String, Counts> byPlayer = new LinkedHashMap<>();

    void event(String playerId, Instant time) {
        Counts counts = byPlayer.computeIfAbsent(playerId, id -> new Counts());
        counts.hittraxEvents++;
        counts.cover(time);
    }

    void swing(String playerId, Instant time) {
        Counts counts = byPlayer.computeIfAbsent(playerId, id -> new Counts());
        counts.sensorSwings++;
        counts.cover(time);
    }

    Map<String, Counts> byPlayer() {
        return byPlayer;
    }

    int totalSwings() {
        return byPlayer.values().stream().mapToInt(c -> c.sensorSwings).sum();
    }
}
