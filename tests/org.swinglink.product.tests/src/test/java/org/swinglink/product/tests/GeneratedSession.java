package org.swinglink.product.tests;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One player's session as the devices export it: a HitTrax file and a Blast "Metrics" file in their
 * real formats, a pitch every 15-25 s, each swing 47 s behind its ball by the sensor's clock, every
 * tenth pitch taken (no swing). Deterministic for a seed.
 *
 * @param hitTrax    the HitTrax export
 * @param blast      the Blast export
 * @param pitches    rows in the HitTrax file
 * @param swings     rows in the Blast file
 */
record GeneratedSession(Path hitTrax, Path blast, int pitches, int swings) {
    private static final DateTimeFormatter HITTRAX_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss.SSS", Locale.US);
    private static final DateTimeFormatter BLAST_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy hh:mm:ss a", Locale.US);
    private static final String HITTRAX_HEADER = "#, AB, Date, Time Stamp, Pitch, Strike Zone, P. Type, Velo, LA, Dist, Res, Type,"
            + " Horiz. Angle, Pts, Strike Zone Bottom, Strike Zone Top, Strike Zone Width, Vertical Distance, Horizontal Distance,"
            + " POI X, POI Y, POI Z, Spray Chart X, Spray Chart Z, Fielded X, Fielded Z, Bat Material, User, Pitch Angle, Batting,"
            + " Level, Opposing Player, Tag";
    private static final String BLAST_HEADER = "Date,Equipment,Handedness,\"Swing Details\",\"Plane Score\",\"Connection Score\","
            + "\"Rotation Score\",\"Bat Speed (mph)\",\"Rotational Acceleration (g)\",\"On Plane Efficiency (%)\",\"Attack Angle (deg)\","
            + "\"Early Connection (deg)\",\"Connection at Impact (deg)\",\"Vertical Bat Angle (deg)\",\"Power (kW)\","
            + "\"Time to Contact (sec)\",\"Peak Hand Speed (mph)\",\"Exit Velocity (mph)\",\"Launch Angle (deg)\",\"Estimated Distance (feet)\"";

    static GeneratedSession write(Path folder, String player, LocalDateTime start, int pitches, long seed) throws IOException {
        return write(folder, player, start, pitches, seed, 0, Integer.MAX_VALUE, 0);
    }

    /**
     * A session whose sensor clock drifts {@code driftPpm} from the 47 s it starts behind, and is set
     * {@code stepMillis} further behind from pitch {@code stepAtPitch} on (a phone syncing).
     */
    static GeneratedSession write(Path folder, String player, LocalDateTime start, int pitches, long seed, double driftPpm,
            int stepAtPitch, long stepMillis) throws IOException {
        Files.createDirectories(folder);
        String stem = player.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + start.toLocalDate() + "-" + start.getHour();
        Path hitTrax = folder.resolve(stem + "-hittrax.csv");
        Path blast = folder.resolve(stem + "-blast.csv");
        Random random = new Random(seed);
        int swings = 0;
        try (Writer balls = Files.newBufferedWriter(hitTrax, StandardCharsets.UTF_8);
                Writer sensor = Files.newBufferedWriter(blast, StandardCharsets.UTF_8)) {
            balls.write("HitTrax Session Report\nPlayer: " + player + ", Session " + start.toLocalDate() + "\n" + HITTRAX_HEADER + "\n");
            sensor.write(BLAST_HEADER + "\n");
            LocalDateTime pitchTime = start;
            for (int pitch = 1; pitch <= pitches; pitch++) {
                pitchTime = pitchTime.plusNanos((15_000 + random.nextInt(10_000)) * 1_000_000L);
                balls.write(hitTraxRow(pitch, pitchTime, player, random));
                if (pitch % 10 != 0) {
                    long elapsed = java.time.Duration.between(start, pitchTime).toMillis();
                    long behind = 47_000 + Math.round(elapsed * driftPpm / 1_000_000) + (pitch >= stepAtPitch ? stepMillis : 0);
                    sensor.write(blastRow(pitchTime.minusNanos(behind * 1_000_000L), random));
                    swings++;
                }
            }
        }
        return new GeneratedSession(hitTrax, blast, pitches, swings);
    }

    List<Path> files() {
        return List.of(hitTrax, blast);
    }

    private static String hitTraxRow(int pitch, LocalDateTime when, String player, Random random) {
        return String.format(Locale.US, "%d, %d, %s, 0:0:00.000, %.1f, 13, N/A, %.1f, %d, %d, 1B, LD, %d, 1, 1.6, 3.4, 1.4,"
                + " 0, 0, 0, 0, 0, 12.0, 150.0, 0, 0, Wood, %s, 4, R, HS, , %n",
                pitch, 1 + pitch / 5, HITTRAX_TIME.format(when), 45 + 10 * random.nextDouble(), 60 + 30 * random.nextDouble(),
                random.nextInt(40) - 5, 50 + random.nextInt(250), random.nextInt(60) - 30, player);
    }

    private static String blastRow(LocalDateTime when, Random random) {
        return String.format(Locale.US, "\"%s\",Bat,Right,\"Live Pitch\",%d,%d,%d,%.1f,%.1f,%d,%d,%d,%d,%d,%.2f,%.2f,%.1f,,,%n",
                BLAST_TIME.format(when).replace("AM", "am").replace("PM", "pm"), 40 + random.nextInt(40), 40 + random.nextInt(40),
                40 + random.nextInt(40), 60 + 15 * random.nextDouble(), 10 + 15 * random.nextDouble(), 60 + random.nextInt(35),
                random.nextInt(20) - 5, 70 + random.nextInt(30), 70 + random.nextInt(25), -45 + random.nextInt(20),
                2.5 + 3 * random.nextDouble(), 0.12 + 0.05 * random.nextDouble(), 18 + 5 * random.nextDouble());
    }
}
