package org.swinglink.matching;

/** How much of a clock's change within a visit {@link SwingMatcher} estimates. */
public enum ClockEstimation {
    /** One offset for the whole visit. */
    CONSTANT_OFFSET,
    /** An offset that changes steadily: a clock running faster or slower than HitTrax's. */
    DRIFT,
    /** Drift, and steps where the sensor clock was set (a phone correcting its time). */
    DRIFT_AND_STEPS
}
