package org.swinglink.matching;

/**
 * The sensor clock set within a visit (a phone correcting its time): from {@code atSensorMillis} on,
 * HitTrax clock minus sensor clock is {@code sizeMillis} larger (negative: smaller).
 */
public record ClockStep(long atSensorMillis, long sizeMillis) {
}
