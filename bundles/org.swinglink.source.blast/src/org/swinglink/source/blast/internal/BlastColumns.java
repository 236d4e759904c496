package org.swinglink.source.blast.internal;

/**
 * Blast column names as the exports write them (compared trimmed, ignoring case). A metric has one
 * spelling per export variant; the units never differ between spellings, so they are looked up
 * exactly rather than with the unit stripped: a column in other units must not be misread.
 */
final class BlastColumns {
    static final String[] BAT_SPEED = { "Bat Speed (mph)" }; // the team export writes MPH; case is ignored
    static final String[] PEAK_HAND_SPEED = { "Peak Hand Speed (mph)" };
    static final String[] ATTACK_ANGLE = { "Attack Angle (deg)", "Attack Angle (°'s)", "Attack Angle (°)" };
    static final String[] TIME_TO_CONTACT_SECONDS = { "Time to Contact (sec)", "Time to Contact (s)" };
    static final String[] POWER_KILOWATTS = { "Power (kW)" };
    static final String[] BLAST_FACTOR = { "Blast Factor" };

    /** Metrics export: local time, {@code Oct 04, 2023 09:38:37 am}. */
    static final String METRICS_DATE = "Date";

    static final String TEAM_TIMESTAMP = "Swing Timestamp";
    static final String TEAM_TIME_ZONE = "timezone";
    static final String TEAM_FIRST_NAME = "first_name";
    static final String TEAM_LAST_NAME = "last_name";
    static final String TEAM_SENSOR_SERIAL = "sensorserialnumber";

    static final String LEGACY_PLAYER = "Player";
    /** The legacy export has no time; a later variant with one would likely use one of these. */
    static final String[] LEGACY_OPTIONAL_TIME = { "Date", "Date/Time", "Date Time", "Timestamp", "Swing Timestamp",
            "Swing Date" };

    /** Metric columns every variant shares in some spelling: they say "sensor" but not which layout. */
    static final String[] SHARED_METRICS = { "Bat Speed (mph)", "Peak Hand Speed (mph)", "Attack Angle (deg)",
            "Attack Angle (°'s)", "Time to Contact (sec)", "Time to Contact (s)", "Power (kW)",
            "Rotational Acceleration (g)", "Rotational Acceleration (G's)", "On Plane Efficiency (%)",
            "Early Connection (deg)", "Early Connection (°'s)", "Connection at Impact (deg)",
            "Connection at Impact (°'s)", "Vertical Bat Angle (deg)", "Vert. Bat Angle (°'s)" };

    private BlastColumns() {
    }
}
