package org.swinglink.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each figure of {@link Aggregates} with the name scripts use ({@code --sort bat_speed_avg}), a label and a unit. */
public enum Metric {
    SWINGS("swings", "Swings", "", a -> (double) a.swings()),
    EVENTS("events", "HitTrax events", "", a -> (double) a.events()),
    PAIRS("pairs", "Pairs", "", a -> (double) a.pairs()),
    PAIR_RATE("pair_rate", "Pair rate", "%", Aggregates::pairRate),
    BAT_SPEED_AVG("bat_speed_avg", "Bat speed, avg", "mph", Aggregates::batSpeedAvg),
    BAT_SPEED_MAX("bat_speed_max", "Bat speed, max", "mph", Aggregates::batSpeedMax),
    HAND_SPEED_AVG("hand_speed_avg", "Peak hand speed, avg", "mph", Aggregates::handSpeedAvg),
    HAND_SPEED_MAX("hand_speed_max", "Peak hand speed, max", "mph", Aggregates::handSpeedMax),
    ATTACK_ANGLE_AVG("attack_angle_avg", "Attack angle, avg", "°", Aggregates::attackAngleAvg),
    ATTACK_ANGLE_MAX("attack_angle_max", "Attack angle, max", "°", Aggregates::attackAngleMax),
    TIME_TO_CONTACT_AVG("time_to_contact_avg", "Time to contact, avg", "ms", Aggregates::timeToContactAvg),
    TIME_TO_CONTACT_MAX("time_to_contact_max", "Time to contact, max", "ms", Aggregates::timeToContactMax),
    POWER_AVG("power_avg", "Power, avg", "W", Aggregates::powerAvg),
    POWER_MAX("power_max", "Power, max", "W", Aggregates::powerMax),
    EXIT_VELOCITY_AVG("exit_velocity_avg", "Exit velocity, avg", "mph", Aggregates::exitVelocityAvg),
    EXIT_VELOCITY_MAX("exit_velocity_max", "Exit velocity, max", "mph", Aggregates::exitVelocityMax),
    LAUNCH_ANGLE_AVG("launch_angle_avg", "Launch angle, avg", "°", Aggregates::launchAngleAvg),
    DISTANCE_AVG("distance_avg", "Distance, avg", "ft", Aggregates::distanceAvg),
    HARD_HIT_RATE("hard_hit_rate", "Hard-hit rate", "%", Aggregates::hardHitRate),
    SMASH_FACTOR("smash_factor", "Smash factor", "", Aggregates::smashFactor),
    SQUARED_UP_RATE("squared_up_rate", "Squared-up rate", "%", Aggregates::squaredUpRate),
    ATTACK_MINUS_LAUNCH("attack_minus_launch", "Attack minus launch angle", "°", Aggregates::attackMinusLaunch);

    private final String key;
    private final String label;
    private final String unit;
    private final Function<Aggregates, Double> value;

    Metric(String key, String label, String unit, Function<Aggregates, Double> value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Null when nothing in the period measured it. */
    public Double of(Aggregates aggregates) {
        return aggregates == null ? null : value.apply(aggregates);
    }

    public boolean isCount() {
        return this == SWINGS || this == EVENTS || this == PAIRS;
    }

    /** For people: "42%" for rates, "1.23" for the smash factor, one decimal otherwise, "" when null. */
    public String format(Double number) {
        if (number == null) {
            return "";
        }
        if (isCount()) {
            return Long.toString(Math.round(number));
        }
        if (unit.equals("%")) {
            return Math.round(number * 100) + "%";
        }
        return String.format(Locale.ROOT, this == SMASH_FACTOR ? "%.2f" : "%.1f", number);
    }

    /** By its key, as scripts name it. */
    public static Metric byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric is called '" + key + "'; metrics: "
                        + Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "))));
    }
}
