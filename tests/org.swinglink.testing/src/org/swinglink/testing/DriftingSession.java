package org.swinglink.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes one player's long cage session as HitTrax and Blast export it, with a sensor clock that
 * drifts against HitTrax's and is set once in the middle (a phone syncing): the files an analyst
 * gets from a three-hour team session with an unsynchronised PC. Every pitch is a ball; nine in ten
 * have the swing that hit it, and every fifteenth swing is a dry swing seconds later.
 */
public final class DriftingSession {
    private static final DateTimeFormatter HITTRAX_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss.SSS", Locale.US);
    private static final DateTimeFormatter BLAST_TIME = DateTimeFormatter.ofPattern("MMM dd, yyyy hh:mm:ss a", Locale.US);

    /** How the sensor clock runs: HitTrax minus sensor is {@code offset + drift × elapsed}, plus {@code step} after {@code stepAfter}. */
    public record Clock(long offsetMillis, double driftPpm, Duration stepAfter, long stepMillis) {
        long offsetAfter(Duration elapsed) {
            long offset = offsetMillis + Math.round(elapsed.toMillis() * driftPpm / 1_000_000);
            return elapsed.compareTo(stepAfter) >= 0 ? offset + stepMillis : offset;
        }
    }

    /** The two files, and each true pair as (ball's HitTrax time, swing's sensor time) in local time. */
    public record Written(Path hittrax, Path blast, List<LocalDateTime[]> truePairs) {
    }

    private DriftingSession() {
    }

    public static Written write(Path folder, String player, LocalDateTime start, Duration length, Clock clock, long seed) {
        Random random = new Random(seed);
        Path hittrax = folder.resolve("hittrax-" + start.toLocalDate() + ".csv");
        Path blast = folder.resolve("Metrics - " + player + ".csv");
        List<LocalDateTime[]> truePairs = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            try (Writer balls = Files.newBufferedWriter(hittrax); Writer swings = Files.newBufferedWriter(blast)) {
                balls.write("HitTrax Session Report\nPlayer: " + player + ", Session " + start.toLocalDate() + "\n"
                        + HitTraxColumns.HEADER + "\n");
                swings.write(BlastColumns.HEADER + "\n");
                LocalDateTime pitch = start;
                for (int n = 1; pitch.isBefore(start.plus(length)); n++) {
                    pitch = pitch.plusNanos((14_000 + random.nextInt(12_000)) * 1_000_000L);
                    balls.write(HitTraxColumns.row(n, HITTRAX_TIME.format(pitch), player, random));
                    long offset = clock.offsetAfter(Duration.between(start, pitch));
                    LocalDateTime swing = pitch.minusNanos((offset + random.nextInt(400)) * 1_000_000L);
                    if (n % 10 != 0) {
                        swings.write(BlastColumns.row(BLAST_TIME.format(swing).replace("AM", "am").replace("PM", "pm"), random));
                        truePairs.add(new LocalDateTime[] { pitch, swing });
                    }
                    if (n % 15 == 0) {
                        swings.write(BlastColumns.row(BLAST_TIME.format(swing.plusSeconds(7)).replace("AM", "am")
                                .replace("PM", "pm"), random));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(hittrax, blast, truePairs);
    }

    /** A HitTrax export's columns as its Session Report writes them. */
    private static final class HitTraxColumns {
        static final String HEADER = "#, AB, Date, Time Stamp, Pitch, Strike Zone, P. Type, Velo, LA, Dist, Res, Type,"
                + " Horiz. Angle, Pts, Strike Zone Bottom, Strike Zone Top, Strike Zone Width, Vertical Distance,"
                + " Horizontal Distance, POI X, POI Y, POI Z, Spray Chart X, Spray Chart Z, Fielded X, Fielded Z,"
                + " Bat Material, User, Pitch Angle, Batting, Level, Opposing Player, Tag";

        static String row(int n, String time, String player, Random random) {
            return String.format(Locale.ROOT, "%d, %d, %s, 0:0:00.000, %.1f, %d, FB, %.1f, %d, %d, 1B, LD, %d, 1, 1.6,"
                    + " 3.4, 1.4, 0, 0, 0, 0, 0, %.1f, %.1f, 0, 0, Wood, %s, 4, R, HS, , %n", n, 1 + n / 5, time,
                    45 + 30 * random.nextDouble(), 1 + random.nextInt(13), 60 + 45 * random.nextDouble(),
                    random.nextInt(60) - 15, 20 + random.nextInt(380), random.nextInt(90) - 45,
                    200 * random.nextDouble() - 100, 400 * random.nextDouble(), player);
        }
    }

    /** A Blast Motion "Metrics" export's columns. */
    private static final class BlastColumns {
        static final String HEADER = "Date,Equipment,Handedness,\"Swing Details\",\"Plane Score\",\"Connection Score\","
                + "\"Rotation Score\",\"Bat Speed (mph)\",\"Rotational Acceleration (g)\",\"On Plane Efficiency (%)\","
                + "\"Attack Angle (deg)\",\"Early Connection (deg)\",\"Connection at Impact (deg)\","
                + "\"Vertical Bat Angle (deg)\",\"Power (kW)\",\"Time to Contact (sec)\",\"Peak Hand Speed (mph)\","
                + "\"Exit Velocity (mph)\",\"Launch Angle (deg)\",\"Estimated Distance (feet)\"";

        static String row(String time, Random random) {
            return String.format(Locale.ROOT, "\"%s\",Bat,Right,\"Live Pitch\",%d,%d,%d,%.1f,%.1f,%d,%d,%d,%d,%d,%.2f,%.2f,%.1f,,,%n",
                    time, 30 + random.nextInt(60), 30 + random.nextInt(60), 30 + random.nextInt(60),
                    55 + 25 * random.nextDouble(), 8 + 20 * random.nextDouble(), 50 + random.nextInt(45),
                    random.nextInt(25) - 8, 65 + random.nextInt(35), 65 + random.nextInt(30), -50 + random.nextInt(30),
                    1.5 + 5 * random.nextDouble(), 0.11 + 0.08 * random.nextDouble(), 16 + 9 * random.nextDouble());
        }
    }
}
