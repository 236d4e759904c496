package org.swinglink.importer;

import org.swinglink.model.ClockCourse;
import org.swinglink.model.ImportPlayer;

/** An import's record of one player (what it brought them, how it paired it) as stored, for undoing a merge. */
public record ImportRecordState(String id, String importId, String playerId, int hittraxEvents, int sensorSwings,
        int matchedSwings, Long clockOffsetMillis, boolean offsetEstimated, Double offsetSupport, long toleranceMillis,
        ClockCourse clockCourse) {

    static ImportRecordState of(ImportPlayer record) {
        return new ImportRecordState(record.getId(), record.getImportSession().getId(), record.getPlayer().getId(),
                record.getHittraxEvents(), record.getSensorSwings(), record.getMatchedSwings(), record.getClockOffsetMillis(),
                record.isOffsetEstimated(), record.getOffsetSupport(), record.getToleranceMillis(),
                ClockCourse.copyOf(record.getClockCourse()));
    }
}
