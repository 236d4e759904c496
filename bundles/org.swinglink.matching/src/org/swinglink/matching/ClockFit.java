package org.swinglink.matching;

/** A clock model and the residuals it leaves on a visit's swings. */
record ClockFit(ClockModel clock, SwingResiduals residuals) {
}
