package org.swinglink.source.hittrax.internal;

import org.swinglink.source.csv.ColumnRule;
import org.swinglink.source.csv.HeaderRule;

/** The HitTrax export's column names, as written in the header (compared trimmed, ignoring case). */
final class HitTraxColumns {
    static final String PITCH_NUMBER = "#";
    static final String AT_BAT = "AB";
    static final String DATE = "Date";
    static final String PITCH_SPEED = "Pitch";
    static final String STRIKE_ZONE = "Strike Zone";
    static final String PITCH_TYPE = "P. Type";
    static final String EXIT_VELOCITY = "Velo";
    static final String LAUNCH_ANGLE = "LA";
    static final String DISTANCE = "Dist";
    static final String RESULT = "Res";
    static final String HIT_TYPE = "Type";
    static final String HORIZONTAL_ANGLE = "Horiz. Angle";
    static final String POINTS = "Pts";
    static final String SPRAY_CHART_X = "Spray Chart X";
    static final String SPRAY_CHART_Z = "Spray Chart Z";
    static final String USER = "User";

    /** Columns only HitTrax writes together; any two of them beside Date and Velo make it HitTrax. */
    private static final String[] TELLING = { "Time Stamp", LAUNCH_ANGLE, DISTANCE, RESULT, HORIZONTAL_ANGLE,
            "Strike Zone Bottom", "POI X" };

    /** Date and Velo with two telling columns: 88, then 4 more for each further one, up to 100. */
    static final HeaderRule HEADER = ColumnRule.requiring(DATE, EXIT_VELOCITY).optional(4, TELLING).needingOptional(2);

    private HitTraxColumns() {
    }
}
