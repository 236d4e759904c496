package org.swinglink.matching;

import java.util.Objects;

/**
 * How {@link SwingMatcher} pairs sensor swings with HitTrax events.
 *
 * @param fixedOffsetMillis HitTrax clock minus sensor clock, when known; {@code null} estimates it
 *     from the data
 * @param toleranceMillis largest |event - (swing + offset)| still accepted as the same swing
 * @param maxOffsetMillis largest |offset| the estimation considers
 * @param clockEstimation how much change of the offset within a visit an estimate may find; a fixed
 *     offset is always constant
 */
public record MatchOptions(Long fixedOffsetMillis, long toleranceMillis, long maxOffsetMillis,
        ClockEstimation clockEstimation) {

    /**
     * Two seconds: it must cover Blast's whole-second truncation (up to 1 s, centred to +-0.5 s by
     * the offset estimate) plus about a second of timing disagreement between the devices, yet stay
     * at half of the shortest common gap between swings in a round (4 s, 5th percentile of real
     * Blast exports), so that a swing can rarely reach the neighbouring pitch as well.
     */
    public static final long DEFAULT_TOLERANCE_MILLIS = 2_000;

    /** Three hours: seconds-to-minutes clock drift plus a wrong time zone or DST setting. */
    public static final long DEFAULT_MAX_OFFSET_MILLIS = 3 * 60 * 60 * 1_000L;

    public MatchOptions {
        if (toleranceMillis < 0) {
            throw new IllegalArgumentException("toleranceMillis must not be negative: " + toleranceMillis);
        }
        if (maxOffsetMillis < 0) {
            throw new IllegalArgumentException("maxOffsetMillis must not be negative: " + maxOffsetMillis);
        }
        Objects.requireNonNull(clockEstimation, "clockEstimation");
    }

    /** Options that estimate drift and steps within a visit when the offset is estimated. */
    public MatchOptions(Long fixedOffsetMillis, long toleranceMillis, long maxOffsetMillis) {
        this(fixedOffsetMillis, toleranceMillis, maxOffsetMillis, ClockEstimation.DRIFT_AND_STEPS);
    }

    public static MatchOptions defaults() {
        return new MatchOptions(null, DEFAULT_TOLERANCE_MILLIS, DEFAULT_MAX_OFFSET_MILLIS);
    }

    public MatchOptions withFixedOffset(long offsetMillis) {
        return new MatchOptions(offsetMillis, toleranceMillis, maxOffsetMillis, clockEstimation);
    }

    public MatchOptions withEstimatedOffset() {
        return new MatchOptions(null, toleranceMillis, maxOffsetMillis, clockEstimation);
    }

    public MatchOptions withTolerance(long newToleranceMillis) {
        return new MatchOptions(fixedOffsetMillis, newToleranceMillis, maxOffsetMillis, clockEstimation);
    }

    public MatchOptions withMaxOffset(long newMaxOffsetMillis) {
        return new MatchOptions(fixedOffsetMillis, toleranceMillis, newMaxOffsetMillis, clockEstimation);
    }

    public MatchOptions withClockEstimation(ClockEstimation newClockEstimation) {
        return new MatchOptions(fixedOffsetMillis, toleranceMillis, maxOffsetMillis, newClockEstimation);
    }

    public boolean estimatesOffset() {
        return fixedOffsetMillis == null;
    }

    /** How far in time a swing may lie from the event it can pair with: the offset's reach plus the tolerance. */
    public long reachMillis() {
        return (estimatesOffset() ? maxOffsetMillis : Math.abs(fixedOffsetMillis)) + toleranceMillis;
    }
}
