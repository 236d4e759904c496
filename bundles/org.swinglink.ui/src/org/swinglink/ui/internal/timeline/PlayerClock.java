package org.swinglink.ui.internal.timeline;

import java.time.Instant;
import java.util.List;

import org.swinglink.model.ClockCourse;
import org.swinglink.model.ImportPlayer;

/**
 * Where a player's sensor clock stood against HitTrax's at a sensor time: by the estimate of the
 * visit that time falls in (its offset, drift and steps), else by the newest import's offset. A
 * clock that drifts 11 s an hour puts a swing at the end of a long session tens of seconds away from
 * its ball under one offset.
 */
final class PlayerClock {
    private final List<ImportPlayer> records;

    /** @param records the player's import records holding an offset, newest first */
    PlayerClock(List<ImportPlayer> records) {
        this.records = List.copyOf(records);
    }

    /** HitTrax clock minus sensor clock at {@code sensorTime}; null when no import estimated one. */
    Long offsetAt(Instant sensorTime) {
        for (ImportPlayer record : records) {
            ClockCourse course = record.getClockCourse();
            if (course != null && course.covers(sensorTime)) {
                return record.clockOffsetAt(sensorTime);
            }
        }
        return records.isEmpty() ? null : records.get(0).getClockOffsetMillis();
    }
}
