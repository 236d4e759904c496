package org.swinglink.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * The text of HitTrax's Session Report and Blast Motion's "Metrics" export, line by line, with
 * figures drawn in the ranges real exports show. Plain Java: it is used outside OSGi too.
 */
final class ExportRows {
    private static final DateTimeFormatter HITTRAX_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss.SSS", Locale.US);
    private static final DateTimeFormatter BLAST_TIME = DateTimeFormatter.ofPattern("MMM dd, yyyy hh:mm:ss a", Locale.US);
    private static final String HITTRAX_HEADER = "#, AB, Date, Time Stamp, Pitch, Strike Zone, P. Type, Velo, LA, Dist, Res, Type,"
            + " Horiz. Angle, Pts, Strike Zone Bottom, Strike Zone Top, Strike Zone Width, Vertical Distance,"
            + " Horizontal Distance, POI X, POI Y, POI Z, Spray Chart X, Spray Chart Z, Fielded X, Fielded Z,"
            + " Bat Material, User, Pitch Angle, Batting, Level, Opposing Player, Tag";
    private static final String BLAST_HEADER = "Date,Equipment,Handedness,\"Swing Details\",\"Plane Score\",\"Connection Score\","
            + "\"Rotation Score\",\"Bat Speed (mph)\",\"Rotational Acceleration (g)\",\"On Plane Efficiency (%)\","
            + "\"Attack Angle (deg)\",\"Early Connection (deg)\",\"Connection at Impact (deg)\","
            + "\"Vertical Bat Angle (deg)\",\"Power (kW)\",\"Time to Contact (sec)\",\"Peak Hand Speed (mph)\","
            + "\"Exit Velocity (mph)\",\"Launch Angle (deg)\",\"Estimated Distance (feet)\"";

    private ExportRows() {
    }

    /** The two title lines and the header above a HitTrax session's rows. */
    static String hitTraxHead(String player, LocalDate session) {
        return "HitTrax Session Report\nPlayer: " + player + ", Session " + session + "\n" + HITTRAX_HEADER + "\n";
    }

    /** A pitch the batter hit: every pitch has a tracked ball (Velo above 0). */
    static String hitTraxRow(int pitch, LocalDateTime when, String player, Random random) {
        return String.format(Locale.ROOT, "%d, %d, %s, 0:0:00.000, %.1f, %d, FB, %.1f, %d, %d, 1B, LD, %d, 1, 1.6,"
                + " 3.4, 1.4, 0, 0, 0, 0, 0, %.1f, %.1f, 0, 0, Wood, %s, 4, R, HS, , %n", pitch, 1 + pitch / 5,
                HITTRAX_TIME.format(when), 45 + 30 * random.nextDouble(), 1 + random.nextInt(13), 60 + 45 * random.nextDouble(),
                random.nextInt(60) - 15, 20 + random.nextInt(380), random.nextInt(90) - 45,
                200 * random.nextDouble() - 100, 400 * random.nextDouble(), player);
    }

    /** The header of a Blast "Metrics" export (no metadata lines above it). */
    static String blastHead() {
        return BLAST_HEADER + "\n";
    }

    /** A swing at {@code when} on the sensor's clock, in whole seconds with lower-case am/pm as the app writes them. */
    static String blastRow(LocalDateTime when, Random random) {
        return String.format(Locale.ROOT, "\"%s\",Bat,Right,\"Live Pitch\",%d,%d,%d,%.1f,%.1f,%d,%d,%d,%d,%d,%.2f,%.2f,%.1f,,,%n",
                BLAST_TIME.format(when).replace("AM", "am").replace("PM", "pm"), 30 + random.nextInt(60),
                30 + random.nextInt(60), 30 + random.nextInt(60), 55 + 25 * random.nextDouble(), 8 + 20 * random.nextDouble(),
                50 + random.nextInt(45), random.nextInt(25) - 8, 65 + random.nextInt(35), 65 + random.nextInt(30),
                -50 + random.nextInt(30), 1.5 + 5 * random.nextDouble(), 0.11 + 0.08 * random.nextDouble(),
                16 + 9 * random.nextDouble());
    }
}
