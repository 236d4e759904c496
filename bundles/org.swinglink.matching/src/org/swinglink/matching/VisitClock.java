package org.swinglink.matching;

/**
 * The clock model of one visit and the sensor times it applies to: from the visit's first to its last
 * event mapped onto the sensor clock, widened to take in every swing paired in the visit.
 */
public record VisitClock(long fromSensorMillis, long toSensorMillis, ClockModel clock) {

    public boolean covers(long sensorEpochMillis) {
        return sensorEpochMillis >= fromSensorMillis && sensorEpochMillis <= toSensorMillis;
    }
}
