package org.swinglink.source.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One swing read from a bat-sensor file, in SwingLink's units: speeds mph, angles degrees, time to
 * contact milliseconds, power watts. Metrics a sensor does not measure are null. Build one with
 * {@link #builder(long, Instant)}: new optional fields will be added to the builder, so code that
 * uses it keeps compiling.
 *
 * @param line           1-based line of the file where the row starts
 * @param timestamp      when the swing happened, by the sensor's clock; null only when the export
 *                       records no time at all (legacy Blast exports): such swings are stored but
 *                       can never be paired with a batted ball
 * @param playerName     the player named in the row, or null when the row names none
 * @param sensorDeviceId the sensor's serial or id, or null
 * @param batSpeed       bat speed, mph
 * @param attackAngle    attack angle, degrees
 * @param timeToContact  time to contact, milliseconds
 * @param peakHandSpeed  peak hand speed, mph
 * @param blastFactor    Blast Factor (legacy Blast exports only)
 * @param powerOutput    power, watts
 * @param rotationMetric the vendor's rotation measure (documented by each source)
 * @param raw            every column of the row, name to original text, in file order
 * @param metrics        further metrics by name (see {@link #metric(String)}), beyond the named
 *                       components; none null
 * @since 1.1
 */
public record SensorSwingRecord(long line, Instant timestamp, String playerName, String sensorDeviceId,
        Double batSpeed, Double attackAngle, Double timeToContact, Double peakHandSpeed, Double blastFactor,
        Double powerOutput, Double rotationMetric, Map<String, String> raw, Map<String, Double> metrics) {

    /** Freezes {@code raw} and {@code metrics}, keeping their order. */
    public SensorSwingRecord {
        raw = raw == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * A record without further metrics, as API 1.0 made it.
     *
     * @param line           1-based line of the file where the row starts
     * @param timestamp      when the swing happened, by the sensor's clock, or null
     * @param playerName     the player named in the row, or null
     * @param sensorDeviceId the sensor's serial or id, or null
     * @param batSpeed       bat speed, mph
     * @param attackAngle    attack angle, degrees
     * @param timeToContact  time to contact, milliseconds
     * @param peakHandSpeed  peak hand speed, mph
     * @param blastFactor    Blast Factor (legacy Blast exports only)
     * @param powerOutput    power, watts
     * @param rotationMetric the vendor's rotation measure
     * @param raw            every column of the row, name to original text, in file order
     */
    public SensorSwingRecord(long line, Instant timestamp, String playerName, String sensorDeviceId, Double batSpeed,
            Double attackAngle, Double timeToContact, Double peakHandSpeed, Double blastFactor, Double powerOutput,
            Double rotationMetric, Map<String, String> raw) {
        this(line, timestamp, playerName, sensorDeviceId, batSpeed, attackAngle, timeToContact, peakHandSpeed,
                blastFactor, powerOutput, rotationMetric, raw, Map.of());
    }

    /**
     * A metric by its name: {@code bat_speed}, {@code attack_angle}, {@code time_to_contact},
     * {@code peak_hand_speed}, {@code blast_factor}, {@code power_output} and {@code rotation_metric}
     * are the named components; any other name is looked up in {@link #metrics()} (e.g.
     * {@code on_plane_efficiency}, percent). Names SwingLink does not store are ignored by it.
     *
     * @param name the metric's name, lower case with underscores
     * @return its value, or null when the row did not measure it
     * @since 1.1
     */
    public Double metric(String name) {
        return switch (name) {
            case "bat_speed" -> batSpeed;
            case "attack_angle" -> attackAngle;
            case "time_to_contact" -> timeToContact;
            case "peak_hand_speed" -> peakHandSpeed;
            case "blast_factor" -> blastFactor;
            case "power_output" -> powerOutput;
            case "rotation_metric" -> rotationMetric;
            default -> metrics.get(name);
        };
    }

    /**
     * The same record without the row's original columns and player name (what is kept once a
     * swing's player is known).
     *
     * @return the slimmer record
     * @since 1.1
     */
    public SensorSwingRecord withoutRow() {
        return new SensorSwingRecord(line, timestamp, null, sensorDeviceId, batSpeed, attackAngle, timeToContact,
                peakHandSpeed, blastFactor, powerOutput, rotationMetric, null, metrics);
    }

    /**
     * Starts a record.
     *
     * @param line      1-based line of the file where the row starts
     * @param timestamp when the swing happened, by the sensor's clock; null only when the export has no time
     * @return a builder with every metric empty
     */
    public static Builder builder(long line, Instant timestamp) {
        return new Builder(line, timestamp);
    }

    /** Collects the fields of a {@link SensorSwingRecord}; every metric is optional. */
    public static final class Builder {
        private final long line;
        private final Instant timestamp;
        private String playerName;
        private String sensorDeviceId;
        private Double batSpeed;
        private Double attackAngle;
        private Double timeToContact;
        private Double peakHandSpeed;
        private Double blastFactor;
        private Double powerOutput;
        private Double rotationMetric;
        private Map<String, String> raw = Map.of();
        private final Map<String, Double> metrics = new LinkedHashMap<>();

        private Builder(long line, Instant timestamp) {
            this.line = line;
            this.timestamp = timestamp;
        }

        /**
         * Sets the player.
         * @param value the player named in the row, or null
         * @return this builder
         */
        public Builder playerName(String value) {
            playerName = value;
            return this;
        }

        /**
         * Sets the sensor.
         * @param value the sensor's serial or id, or null
         * @return this builder
         */
        public Builder sensorDeviceId(String value) {
            sensorDeviceId = value;
            return this;
        }

        /**
         * Sets the bat speed.
         * @param mph bat speed, mph
         * @return this builder
         */
        public Builder batSpeed(Double mph) {
            batSpeed = mph;
            return this;
        }

        /**
         * Sets the attack angle.
         * @param degrees attack angle, degrees
         * @return this builder
         */
        public Builder attackAngle(Double degrees) {
            attackAngle = degrees;
            return this;
        }

        /**
         * Sets the time to contact.
         * @param milliseconds time to contact, milliseconds
         * @return this builder
         */
        public Builder timeToContact(Double milliseconds) {
            timeToContact = milliseconds;
            return this;
        }

        /**
         * Sets the peak hand speed.
         * @param mph peak hand speed, mph
         * @return this builder
         */
        public Builder peakHandSpeed(Double mph) {
            peakHandSpeed = mph;
            return this;
        }

        /**
         * Sets the Blast Factor.
         * @param value Blast Factor (legacy Blast exports)
         * @return this builder
         */
        public Builder blastFactor(Double value) {
            blastFactor = value;
            return this;
        }

        /**
         * Sets the power.
         * @param watts power, watts
         * @return this builder
         */
        public Builder powerOutput(Double watts) {
            powerOutput = watts;
            return this;
        }

        /**
         * Sets the rotation measure.
         * @param value the vendor's rotation measure, as the source documents it
         * @return this builder
         */
        public Builder rotationMetric(Double value) {
            rotationMetric = value;
            return this;
        }

        /**
         * Sets a metric by name (see {@link SensorSwingRecord#metric(String)}): the name of a named
         * component sets that component; a null value leaves the metric unset.
         *
         * @param name  the metric's name, lower case with underscores, e.g. {@code on_plane_efficiency}
         * @param value its value in the unit SwingLink documents for it, or null
         * @return this builder
         * @since 1.1
         */
        public Builder metric(String name, Double value) {
            switch (name) {
                case "bat_speed" -> batSpeed = value;
                case "attack_angle" -> attackAngle = value;
                case "time_to_contact" -> timeToContact = value;
                case "peak_hand_speed" -> peakHandSpeed = value;
                case "blast_factor" -> blastFactor = value;
                case "power_output" -> powerOutput = value;
                case "rotation_metric" -> rotationMetric = value;
                default -> further(name, value);
            }
            return this;
        }

        private void further(String name, Double value) {
            if (value == null) {
                metrics.remove(name);
            } else {
                metrics.put(name, value);
            }
        }

        /**
         * Keeps the row's original columns.
         * @param columns every column of the row, name to original text, in file order
         * @return this builder
         */
        public Builder raw(Map<String, String> columns) {
            raw = columns;
            return this;
        }

        /**
         * Makes the record.
         *
         * @return the record
         */
        public SensorSwingRecord build() {
            return new SensorSwingRecord(line, timestamp, playerName, sensorDeviceId, batSpeed, attackAngle,
                    timeToContact, peakHandSpeed, blastFactor, powerOutput, rotationMetric, raw, metrics);
        }
    }
}
