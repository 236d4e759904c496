package org.swinglink.store;

import java.time.Instant;
import java.util.Map;

import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing.SwingMetric;

/**
 * One matched swing, flat: a HitTrax event and the sensor swing paired with it, as a streaming
 * read hands them over ({@link SwingQueries#eachMatchedSwingOfPlayer}). Metrics are null where the
 * device recorded none.
 *
 * @param player          the batter of the event's HitTrax session, else the swing's player; null when neither is known
 * @param hittraxTime     the event's time by HitTrax's clock
 * @param sensorTime      the swing's time by the sensor's clock
 * @param matchDeltaMillis HitTrax time minus the clock-corrected sensor time
 * @param pairing         how the pair was made
 * @param swingMetrics    the sensor's measures of the swing; a metric it did not measure is absent
 * @param hittraxFile     the file the event was read from
 */
public record MatchedSwingRow(String player, Instant hittraxTime, Instant sensorTime, Double matchDeltaMillis,
        PairingMethod pairing, Double exitVelocity, Double launchAngle, Double distance, Double horizontalAngle,
        String result, String hitType, Double pitchSpeed, Integer strikeZone, String sensorType, String sensorDeviceId,
        Map<SwingMetric, Double> swingMetrics, String hittraxFile, long hittraxLine, long sensorLine,
        String hittraxEventId, String sensorSwingId) {

    /** The swing's value of {@code metric}, null when the sensor did not measure it. */
    public Double swingMetric(SwingMetric metric) {
        return swingMetrics.get(metric);
    }
}
