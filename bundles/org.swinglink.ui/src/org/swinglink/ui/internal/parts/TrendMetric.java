package org.swinglink.ui.internal.parts;

import java.util.List;

import org.swinglink.store.Metric;

/** What the trend chart can follow: a session average, with the session's maximum where the sensor or HitTrax gives one. */
record TrendMetric(String label, Metric average, Metric maximum) {
    static final List<TrendMetric> ALL = List.of(
            new TrendMetric("Bat speed (mph)", Metric.BAT_SPEED_AVG, Metric.BAT_SPEED_MAX),
            new TrendMetric("Exit velocity (mph)", Metric.EXIT_VELOCITY_AVG, Metric.EXIT_VELOCITY_MAX),
            new TrendMetric("Peak hand speed (mph)", Metric.HAND_SPEED_AVG, Metric.HAND_SPEED_MAX),
            new TrendMetric("Attack angle (°)", Metric.ATTACK_ANGLE_AVG, Metric.ATTACK_ANGLE_MAX),
            new TrendMetric("Time to contact (ms)", Metric.TIME_TO_CONTACT_AVG, Metric.TIME_TO_CONTACT_MAX),
            new TrendMetric("Power (W)", Metric.POWER_AVG, Metric.POWER_MAX),
            new TrendMetric("Launch angle (°)", Metric.LAUNCH_ANGLE_AVG, null),
            new TrendMetric("Distance (ft)", Metric.DISTANCE_AVG, null),
            new TrendMetric("Hard-hit rate (%)", Metric.HARD_HIT_RATE, null),
            new TrendMetric("Smash factor", Metric.SMASH_FACTOR, null),
            new TrendMetric("Squared-up rate (%)", Metric.SQUARED_UP_RATE, null),
            new TrendMetric("Attack minus launch angle (°)", Metric.ATTACK_MINUS_LAUNCH, null),
            new TrendMetric("Pair rate (%)", Metric.PAIR_RATE, null));

    /** Rates are drawn in percent, as the table shows them. */
    double scale() {
        return average.unit().equals("%") ? 100 : 1;
    }
}
