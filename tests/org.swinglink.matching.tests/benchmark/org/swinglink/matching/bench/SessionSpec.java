package org.swinglink.matching.bench;

/**
 * What a generated session looks like.
 *
 * @param offsetMillis HitTrax clock minus sensor clock at the start of each visit
 * @param jitterMillis the sensor sees each swing up to this much earlier or later than HitTrax
 *     (uniform), before its whole-second truncation
 * @param sensorOnlyRate fraction of swings without a batted ball (misses, dry swings)
 * @param hitTraxOnlyRate fraction of HitTrax events without a sensor swing (takes, sensor off)
 * @param driftPpm how much faster the HitTrax clock runs than the sensor's, in millionths: the offset
 *     grows by this much of the time since the visit began (negative: the sensor clock runs faster)
 * @param stepsPerVisit how often the sensor clock is set within a visit, at random moments
 * @param minStepMillis smallest size of such a step
 * @param maxStepMillis largest size of such a step; each step's size is uniform in between, its
 *     sign random
 */
public record SessionSpec(long offsetMillis, long jitterMillis, double sensorOnlyRate, double hitTraxOnlyRate,
        double driftPpm, int stepsPerVisit, long minStepMillis, long maxStepMillis) {

    public SessionSpec {
        if (jitterMillis < 0 || sensorOnlyRate < 0 || sensorOnlyRate >= 1 || hitTraxOnlyRate < 0
                || hitTraxOnlyRate >= 1 || stepsPerVisit < 0 || minStepMillis < 0 || maxStepMillis < minStepMillis) {
            throw new IllegalArgumentException("invalid session spec: " + this);
        }
    }

    /** Clocks that keep a constant offset within a visit. */
    public SessionSpec(long offsetMillis, long jitterMillis, double sensorOnlyRate, double hitTraxOnlyRate) {
        this(offsetMillis, jitterMillis, sensorOnlyRate, hitTraxOnlyRate, 0, 0, 0, 0);
    }

    public SessionSpec withDrift(double ppm) {
        return new SessionSpec(offsetMillis, jitterMillis, sensorOnlyRate, hitTraxOnlyRate, ppm, stepsPerVisit,
                minStepMillis, maxStepMillis);
    }

    public SessionSpec withSteps(int perVisit, long minMillis, long maxMillis) {
        return new SessionSpec(offsetMillis, jitterMillis, sensorOnlyRate, hitTraxOnlyRate, driftPpm, perVisit,
                minMillis, maxMillis);
    }

    public boolean clockChangesWithinVisit() {
        return driftPpm != 0 || stepsPerVisit > 0;
    }
}
