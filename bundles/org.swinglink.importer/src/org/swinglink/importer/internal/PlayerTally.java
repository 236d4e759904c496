package org.swinglink.importer.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per player: how many events and swings an import stored, and their times and ids for pairing. */
final class PlayerTally {
    static final class Counts {
        int hittraxEvents;
        int sensorSwings;
        /** Events and swings the files paired themselves: counted, never paired again by time. */
        int inFilePairs;
        /** The events of those pairs: pairing sees them as taken, so a swing that falls on one stays unpaired. */
        final TimedIds eventsPairedInFile = new TimedIds();
        final TimedIds events = new TimedIds();
        /** Swings with a time; those without one (legacy exports) are never paired. */
        final TimedIds timedSwings = new TimedIds();
    }

    private final Map<String, Counts> byPlayer = new LinkedHashMap<>();
    private final PendingSwings pendingSwings = new PendingSwings();

    void event(String playerId, Instant time, String id) {
        Counts counts = byPlayer.computeIfAbsent(playerId, key -> new Counts());
        counts.hittraxEvents++;
        counts.events.add(time.toEpochMilli(), id);
    }

    void swing(String playerId, Instant time, String id) {
        Counts counts = byPlayer.computeIfAbsent(playerId, key -> new Counts());
        counts.sensorSwings++;
        if (time != null) {
            counts.timedSwings.add(time.toEpochMilli(), id);
        }
    }

    void inFilePair(String playerId, Instant time, String eventId) {
        Counts counts = byPlayer.computeIfAbsent(playerId, key -> new Counts());
        counts.hittraxEvents++;
        counts.sensorSwings++;
        counts.inFilePairs++;
        counts.eventsPairedInFile.add(time.toEpochMilli(), eventId);
    }

    /** The timed swings of {@link Counts#timedSwings} not yet stored, in that order per player. */
    PendingSwings pendingSwings() {
        return pendingSwings;
    }

    Map<String, Counts> byPlayer() {
        return byPlayer;
    }

    int totalSwings() {
        return byPlayer.values().stream().mapToInt(c -> c.sensorSwings).sum();
    }
}
