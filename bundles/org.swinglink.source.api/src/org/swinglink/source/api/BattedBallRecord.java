package org.swinglink.source.api;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One pitch logged by a ball tracker. Speeds mph, angles degrees, distances feet. The batted-ball
 * fields (exit velocity, launch angle, distance, direction) are null when no ball was tracked (a
 * take or a miss). Build one with {@link #builder(long, Instant)}.
 *
 * @param line            1-based line of the file where the row starts
 * @param timestamp       when the pitch happened, by the tracker's clock
 * @param playerName      the batter named in the row, or null
 * @param pitchNumber     the tracker's running number of the pitch
 * @param atBat           at-bat number
 * @param pitchSpeed      pitch speed, mph
 * @param pitchType       pitch type as the tracker writes it
 * @param strikeZone      strike zone cell (HitTrax: 1-9 in the zone, 10-13 outside)
 * @param exitVelocity    exit velocity, mph
 * @param launchAngle     launch angle, degrees
 * @param distance        distance, feet
 * @param horizontalAngle spray direction, degrees
 * @param result          result code such as {@code 1B-8} or {@code F8}
 * @param hitType         GB, LD or FB
 * @param points          the tracker's points for the event
 * @param sprayChartX     landing point, spray chart x
 * @param sprayChartZ     landing point, spray chart z
 * @param raw             every column of the row, name to original text, in file order
 */
public record BattedBallRecord(long line, Instant timestamp, String playerName, Integer pitchNumber, Integer atBat,
        Double pitchSpeed, String pitchType, Integer strikeZone, Double exitVelocity, Double launchAngle,
        Double distance, Double horizontalAngle, String result, String hitType, Integer points, Double sprayChartX,
        Double sprayChartZ, Map<String, String> raw) {

    /** Checks the time is there and freezes {@code raw}, keeping its order. */
    public BattedBallRecord {
        Objects.requireNonNull(timestamp, "timestamp");
        raw = raw == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /**
     * Whether the tracker measured a batted ball for this pitch.
     *
     * @return true when an exit velocity was recorded
     */
    public boolean hasBattedBall() {
        return exitVelocity != null;
    }

    /**
     * Starts a record.
     *
     * @param line      1-based line of the file where the row starts
     * @param timestamp when the pitch happened, by the tracker's clock; required
     * @return a builder with every optional field empty
     */
    public static Builder builder(long line, Instant timestamp) {
        return new Builder(line, timestamp);
    }

    /** Collects the fields of a {@link BattedBallRecord}; everything but line and time is optional. */
    public static final class Builder {
        private final long line;
        private final Instant timestamp;
        private String playerName;
        private Integer pitchNumber;
        private Integer atBat;
        private Double pitchSpeed;
        private String pitchType;
        private Integer strikeZone;
        private Double exitVelocity;
        private Double launchAngle;
        private Double distance;
        private Double horizontalAngle;
        private String result;
        private String hitType;
        private Integer points;
        private Double sprayChartX;
        private Double sprayChartZ;
        private Map<String, String> raw = Map.of();

        private Builder(long line, Instant timestamp) {
            this.line = line;
            this.timestamp = timestamp;
        }

        /**
         * Sets the batter.
         * @param value the batter named in the row, or null
         * @return this builder
         */
        public Builder playerName(String value) {
            playerName = value;
            return this;
        }

        /**
         * Sets what the tracker logged about the pitch.
         * @param number      pitch number within the session
         * @param atBatNumber at-bat number
         * @param speedMph    pitch speed, mph
         * @param type        pitch type as the tracker names it
         * @param zone        strike zone cell
         * @return this builder
         */
        public Builder pitch(Integer number, Integer atBatNumber, Double speedMph, String type, Integer zone) {
            pitchNumber = number;
            atBat = atBatNumber;
            pitchSpeed = speedMph;
            pitchType = type;
            strikeZone = zone;
            return this;
        }

        /**
         * Sets the batted ball's flight; leave it out for a pitch that was not hit.
         * @param exitVelocityMph        exit velocity, mph; null when the ball was not hit
         * @param launchAngleDegrees     launch angle, degrees
         * @param distanceFeet           distance, feet
         * @param horizontalAngleDegrees horizontal (spray) angle, degrees
         * @return this builder
         */
        public Builder battedBall(Double exitVelocityMph, Double launchAngleDegrees, Double distanceFeet,
                Double horizontalAngleDegrees) {
            exitVelocity = exitVelocityMph;
            launchAngle = launchAngleDegrees;
            distance = distanceFeet;
            horizontalAngle = horizontalAngleDegrees;
            return this;
        }

        /**
         * Sets where the ball landed and what it was scored.
         * @param resultCode   the tracker's result code
         * @param type         hit type (ground ball, line drive, ...)
         * @param pointsScored the tracker's points
         * @param sprayX       landing point, spray chart x
         * @param sprayZ       landing point, spray chart z
         * @return this builder
         */
        public Builder outcome(String resultCode, String type, Integer pointsScored, Double sprayX, Double sprayZ) {
            result = resultCode;
            hitType = type;
            points = pointsScored;
            sprayChartX = sprayX;
            sprayChartZ = sprayZ;
            return this;
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
         * @return the record
         * @throws NullPointerException when the timestamp is missing
         */
        public BattedBallRecord build() {
            return new BattedBallRecord(line, timestamp, playerName, pitchNumber, atBat, pitchSpeed, pitchType,
                    strikeZone, exitVelocity, launchAngle, distance, horizontalAngle, result, hitType, points,
                    sprayChartX, sprayChartZ, raw);
        }
    }
}
