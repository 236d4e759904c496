package org.swinglink.store;

/**
 * What an analyst reads of a stretch of batting practice (a session, a week, a date range): counts,
 * the sensor's metrics over all its swings (paired or not), the ball's over all its HitTrax events,
 * and what only pairs can tell. A metric nothing measured (a sensor without power, a player without
 * a HitTrax ball) is null, never zero. Speeds in mph, angles in degrees, time to contact in ms,
 * power in W, rates as fractions of one.
 *
 * @param swings            sensor swings, paired or not
 * @param events            HitTrax events, paired or not
 * @param pairs             swings paired with one of these events
 * @param hardHitRate       of the events with an exit velocity, the share at or above the hard-hit speed
 * @param smashFactor       over pairs: the mean of exit velocity ÷ bat speed
 * @param squaredUpRate     over pairs with exit velocity, bat speed and pitch speed: the share whose exit velocity
 *                          reaches the squared-up share of the collision maximum ({@link AggregateSettings})
 * @param attackMinusLaunch over pairs: the mean of attack angle minus launch angle
 */
public record Aggregates(int swings, int events, int pairs,
        Double batSpeedAvg, Double batSpeedMax, Double handSpeedAvg, Double handSpeedMax,
        Double attackAngleAvg, Double attackAngleMax, Double timeToContactAvg, Double timeToContactMax,
        Double powerAvg, Double powerMax,
        Double exitVelocityAvg, Double exitVelocityMax, Double launchAngleAvg, Double distanceAvg,
        Double hardHitRate, Double smashFactor, Double squaredUpRate, Double attackMinusLaunch) {

    /** The share of the swings that are paired; null without swings. */
    public Double pairRate() {
        return swings == 0 ? null : Math.min(1.0, (double) pairs / swings);
    }

    public boolean isEmpty() {
        return swings == 0 && events == 0;
    }
}
