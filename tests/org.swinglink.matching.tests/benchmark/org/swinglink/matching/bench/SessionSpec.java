package org.swinglink.matching.bench;

/**
 * What a generated session looks like.
 *
 * @param offsetMillis HitTrax clock minus sensor clock
 * @param jitterMillis the sensor sees each swing up to this much earlier or later than HitTrax
 *     (uniform), before its whole-second truncation
 * @param sensorOnlyRate fraction of swings without a batted ball (misses, dry swings)
 * @param hitTraxOnlyRate fraction of HitTrax events without a sensor swing (takes, sensor off)
 */
public record SessionSpec(long offsetMillis, long jitterMillis, double sensorOnlyRate, double hitTraxOnlyRate) {

    public SessionSpec {
        if (jitterMillis < 0 || sensorOnlyRate < 0 || sensorOnlyRate >= 1 || hitTraxOnlyRate < 0
                || hitTraxOnlyRate >= 1) {
            throw new IllegalArgumentException("invalid session spec: " + this);
        }
    }
}
