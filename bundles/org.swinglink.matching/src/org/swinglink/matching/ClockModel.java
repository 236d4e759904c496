package org.swinglink.matching;

import java.util.Comparator;
import java.util.List;

/**
 * HitTrax clock minus sensor clock over one visit, as a function of sensor time t (epoch ms):
 * {@code offsetAtStart + drift * (t - start) + the sizes of the steps at or before t}. A sensor clock
 * synced to a phone keeps a constant offset for hours; one on a PC without time sync drifts, and a
 * phone sets its clock in steps of seconds.
 *
 * @param startSensorMillis sensor time the drift is measured from, usually the visit's first swing
 * @param offsetAtStartMillis the offset at {@code startSensorMillis}, before any step
 * @param driftPpm how much the offset grows per sensor second, in millionths of it (1,000 ppm is 3.6 s
 *     an hour); negative when the sensor clock runs faster than HitTrax's
 * @param steps sorted by time
 */
public record ClockModel(long startSensorMillis, long offsetAtStartMillis, double driftPpm, List<ClockStep> steps) {

    public ClockModel {
        if (!Double.isFinite(driftPpm)) {
            throw new IllegalArgumentException("driftPpm must be finite: " + driftPpm);
        }
        steps = steps.stream().sorted(Comparator.comparingLong(ClockStep::atSensorMillis)).toList();
    }

    /** The same offset at every time: no drift, no steps. */
    public static ClockModel constant(long offsetMillis) {
        return new ClockModel(0, offsetMillis, 0, List.of());
    }

    public boolean isConstant() {
        return driftPpm == 0 && steps.isEmpty();
    }

    /** HitTrax clock minus sensor clock at sensor time {@code sensorEpochMillis}. */
    public long offsetAt(long sensorEpochMillis) {
        return Saturating.add(withoutStepsAt(sensorEpochMillis), stepsAt(sensorEpochMillis));
    }

    /** Offset at the start plus drift, the steps left out. */
    long withoutStepsAt(long sensorEpochMillis) {
        if (driftPpm == 0) {
            return offsetAtStartMillis;
        }
        return Saturating.add(offsetAtStartMillis,
                Math.round(driftPpm * 1e-6 * ((double) sensorEpochMillis - startSensorMillis)));
    }

    /** Sum of the steps at or before {@code sensorEpochMillis}. */
    long stepsAt(long sensorEpochMillis) {
        long sum = 0;
        for (ClockStep step : steps) {
            if (step.atSensorMillis() > sensorEpochMillis) {
                break;
            }
            sum = Saturating.add(sum, step.sizeMillis());
        }
        return sum;
    }

    /** The HitTrax time of a sensor time. */
    public long toHitTraxMillis(long sensorEpochMillis) {
        return Saturating.add(sensorEpochMillis, offsetAt(sensorEpochMillis));
    }

    /**
     * The sensor time that maps to {@code hitTraxEpochMillis}; near a step that set the clock back two
     * sensor times map to it, and the later one is given.
     */
    long toSensorMillis(long hitTraxEpochMillis) {
        long sensor = Saturating.subtract(hitTraxEpochMillis, offsetAt(Saturating.subtract(hitTraxEpochMillis, offsetAtStartMillis)));
        // Twice more settles the drift term and a step crossed by the first guess.
        for (int round = 0; round < 2; round++) {
            sensor = Saturating.subtract(hitTraxEpochMillis, offsetAt(sensor));
        }
        return sensor;
    }
}
