package org.swinglink.store;

/**
 * The two thresholds of the aggregates an analyst may set.
 *
 * <p>Squared-up: a ball is squared up when its exit velocity reaches {@code squaredUpShare} of the
 * highest exit velocity the swing and pitch could give, {@code 1.23 × bat speed + 0.23 × pitch speed}
 * (all in mph). That maximum is the collision formula {@code EV = (1 + q) · v_bat + q · v_pitch} with
 * the collision efficiency q = 0.23 that Alan M. Nathan measured for wood bats ("The Physics of
 * Baseball" and his bat-ball collision notes); 80 % of it is the squared-up cut MLB's Statcast uses.
 *
 * @param hardHitMph     exit velocity at or above which a ball is hard hit (Statcast: 95 mph)
 * @param squaredUpShare share of the collision maximum a squared-up ball reaches (0.8)
 */
public record AggregateSettings(double hardHitMph, double squaredUpShare) {
    public static final AggregateSettings DEFAULT = new AggregateSettings(95, 0.8);
    /** The collision maximum's bat-speed factor, 1 + q. */
    public static final double BAT_SPEED_FACTOR = 1.23;
    /** The collision maximum's pitch-speed factor, q. */
    public static final double PITCH_SPEED_FACTOR = 0.23;

    public AggregateSettings {
        if (!(hardHitMph > 0) || !(squaredUpShare > 0 && squaredUpShare <= 1)) {
            throw new IllegalArgumentException("the hard-hit speed must be above 0 and the squared-up share in (0, 1]: "
                    + hardHitMph + ", " + squaredUpShare);
        }
    }
}
