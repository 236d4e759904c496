package org.swinglink.source.diamondkinetics.internal;

import java.util.Optional;
import java.util.stream.Stream;

import org.swinglink.source.csv.CsvHeader;

/**
 * Diamond Kinetics' swing metrics under the three spellings files use: DK's display name, the team
 * spreadsheet name and the API field name. Names match trimmed, ignoring case and any unit in
 * parentheses ({@code Max Barrel Speed (mph)}). The API names marked inferred follow the pattern of
 * the documented ones; see README.md.
 */
enum DkMetric {
    /** mph; a maximum during the swing, not the speed at impact. */
    MAX_BARREL_SPEED(true, "Max Barrel Speed", "Maximum Barrel Speed", "speedBarrelMax"),
    /** mph. */
    MAX_HAND_SPEED(true, "Max Hand Speed", "Maximum Hand Speed", "speedHandsMax"),
    /** ms, from the swing's trigger to impact. */
    TRIGGER_TO_IMPACT(true, "Trigger To Impact", "Trigger To Impact", "quicknessTriggerImpact"),
    /** kg·m/s. */
    IMPACT_MOMENTUM(true, "Impact Momentum", "Impact Momentum", "momentumImpact"),
    /** W. */
    APPLIED_SWING_POWER(true, "Applied Swing Power", "Applied Swing Power", "powerApplied"),
    /** g. */
    MAX_ACCELERATION(false, "Max Acceleration", "Maximum Acceleration", "accelerationMax"),
    /** degrees. */
    ATTACK_ANGLE(false, "Attack Angle", "Attack Angle", "controlApproachAngleImpact"),
    /** percent. */
    SPEED_EFFICIENCY(false, "Speed Efficiency", "Speed Efficiency", "efficiencySpeed"),
    /** inches. */
    HAND_CAST(false, "Hand Cast", "Hand Cast", "handCast"),
    /** inches. */
    DISTANCE_IN_THE_ZONE(false, "Distance In The Zone", "Distance In The Zone", "distanceInZone"),
    /** degrees. */
    VERTICAL_BAT_ANGLE(false, "Vertical Bat Angle", "Vertical Bat Angle", "verticalBatAngle");

    /** Whether no other vendor's export has this metric under any of its names. */
    private final boolean onlyDk;
    private final String displayName;
    private final String spreadsheetName;
    private final String apiName;

    DkMetric(boolean onlyDk, String displayName, String spreadsheetName, String apiName) {
        this.onlyDk = onlyDk;
        this.displayName = displayName;
        this.spreadsheetName = spreadsheetName;
        this.apiName = apiName;
    }

    /** The column holding this metric in any spelling. */
    Optional<Integer> columnIn(CsvHeader header) {
        return header.indexOfIgnoringUnit(displayName, spreadsheetName, apiName);
    }

    /**
     * How many columns say "Diamond Kinetics": the metrics only DK measures, in any spelling, and
     * any metric under its API name (no other vendor writes {@code controlApproachAngleImpact}).
     */
    static int dkSpecificColumnsIn(CsvHeader header) {
        return (int) Stream.of(values())
                .filter(metric -> metric.onlyDk ? metric.columnIn(header).isPresent()
                        : header.indexOfIgnoringUnit(metric.apiName).isPresent())
                .count();
    }
}
