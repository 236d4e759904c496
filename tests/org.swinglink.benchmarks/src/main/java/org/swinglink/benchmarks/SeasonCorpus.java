package org.swinglink.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a season of a team's exports in the vendors' real formats: for each player and session a
 * HitTrax file and a Blast "Metrics - First Last.csv", in {@code <player>/<date>/} folders, and all
 * of it as one ZIP. About half the rows are pitches and half swings: one pitch in ten is taken (no
 * swing), one swing in fifteen is a dry swing (no ball), and each session's sensor clock is off by
 * up to two minutes. Deterministic for a seed.
 *
 * <pre>java -cp ... org.swinglink.benchmarks.SeasonCorpus OUT_DIR TOTAL_ROWS [PLAYERS] [SEED] [FIRST_DAY]</pre>
 *
 * FIRST_DAY (default 2026-02-01) moves the season, so a second one can be imported on top of a first.
 */
public final class SeasonCorpus {
    private static final int PITCHES_PER_SESSION = 150;
    private static final String[] FIRST = { "Ava", "Ben", "Cruz", "Dana", "Eli", "Finn", "Gia", "Hugo", "Ivy", "Jay" };
    private static final String[] LAST = { "Martinez", "Okafor", "Lindqvist", "Nakamura" };
    private static final DateTimeFormatter HITTRAX_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss.SSS", Locale.US);
    private static final DateTimeFormatter BLAST_TIME = DateTimeFormatter.ofPattern("MMM dd, yyyy hh:mm:ss a", Locale.US);
    private static final String HITTRAX_HEADER = "#, AB, Date, Time Stamp, Pitch, Strike Zone, P. Type, Velo, LA, Dist, Res, Type,"
            + " Horiz. Angle, Pts, Strike Zone Bottom, Strike Zone Top, Strike Zone Width, Vertical Distance, Horizontal Distance,"
            + " POI X, POI Y, POI Z, Spray Chart X, Spray Chart Z, Fielded X, Fielded Z, Bat Material, User, Pitch Angle, Batting,"
            + " Level, Opposing Player, Tag";
    private static final String BLAST_HEADER = "Date,Equipment,Handedness,\"Swing Details\",\"Plane Score\",\"Connection Score\","
            + "\"Rotation Score\",\"Bat Speed (mph)\",\"Rotational Acceleration (g)\",\"On Plane Efficiency (%)\",\"Attack Angle (deg)\","
            + "\"Early Connection (deg)\",\"Connection at Impact (deg)\",\"Vertical Bat Angle (deg)\",\"Power (kW)\","
            + "\"Time to Contact (sec)\",\"Peak Hand Speed (mph)\",\"Exit Velocity (mph)\",\"Launch Angle (deg)\",\"Estimated Distance (feet)\"";

    private final Random random;
    private final LocalDate firstDay;
    private long events;
    private long swings;

    private SeasonCorpus(long seed, LocalDate firstDay) {
        this.random = new Random(seed);
        this.firstDay = firstDay;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SeasonCorpus OUT_DIR TOTAL_ROWS [PLAYERS] [SEED] [FIRST_DAY]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int players = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        LocalDate firstDay = args.length > 4 ? LocalDate.parse(args[4]) : LocalDate.of(2026, 2, 1);
        SeasonCorpus corpus = new SeasonCorpus(seed, firstDay);
        corpus.write(out.resolve("csv"), rows, players);
        zip(out.resolve("csv"), out.resolve("season.zip"));
        System.out.printf(Locale.ROOT, "%d HitTrax events + %d sensor swings = %d rows, %d players, in %s (and season.zip)%n",
                corpus.events, corpus.swings, corpus.events + corpus.swings, players, out);
    }

    private void write(Path folder, long rows, int players) throws IOException {
        long rowsPerSession = PITCHES_PER_SESSION * 2L - PITCHES_PER_SESSION / 10 + PITCHES_PER_SESSION / 15;
        long sessions = Math.max(players, Math.round((double) rows / rowsPerSession));
        for (long session = 0; session < sessions; session++) {
            int player = (int) (session % players);
            String name = FIRST[player % FIRST.length] + " " + LAST[player / FIRST.length % LAST.length]
                    + (player >= FIRST.length * LAST.length ? " " + (player / (FIRST.length * LAST.length) + 1) : "");
            LocalDateTime start = firstDay.atTime(15, 0).plusDays(session / players).plusMinutes(7 * player);
            writeSession(folder.resolve(name.replace(' ', '-').toLowerCase(Locale.ROOT)).resolve(start.toLocalDate().toString()),
                    name, start);
        }
    }

    private void writeSession(Path folder, String player, LocalDateTime start) throws IOException {
        Files.createDirectories(folder);
        long offsetMillis = random.nextInt(240_000) - 120_000;
        try (BufferedWriter balls = Files.newBufferedWriter(folder.resolve("hittrax-" + start.toLocalDate() + ".csv"));
                BufferedWriter sensor = Files.newBufferedWriter(folder.resolve("Metrics - " + player + ".csv"))) {
            balls.write("HitTrax Session Report\nPlayer: " + player + ", Session " + start.toLocalDate() + "\n" + HITTRAX_HEADER + "\n");
            sensor.write(BLAST_HEADER + "\n");
            LocalDateTime pitch = start;
            for (int n = 1; n <= PITCHES_PER_SESSION; n++) {
                pitch = pitch.plusNanos((12_000 + random.nextInt(14_000)) * 1_000_000L);
                balls.write(hitTrax(n, pitch, player));
                events++;
                LocalDateTime swing = pitch.minusNanos(offsetMillis * 1_000_000L).minusNanos(random.nextInt(400) * 1_000_000L);
                if (n % 10 != 0) {
                    sensor.write(blast(swing));
                    swings++;
                }
                if (n % 15 == 0) {
                    sensor.write(blast(swing.plusSeconds(6)));
                    swings++;
                }
            }
        }
    }

    private String hitTrax(int n, LocalDateTime when, String player) {
        return String.format(Locale.ROOT, "%d, %d, %s, 0:0:00.000, %.1f, %d, FB, %.1f, %d, %d, 1B, LD, %d, 1, 1.6, 3.4, 1.4,"
                + " 0, 0, 0, 0, 0, %.1f, %.1f, 0, 0, Wood, %s, 4, R, HS, , %n",
                n, 1 + n / 5, HITTRAX_TIME.format(when), 45 + 30 * random.nextDouble(), 1 + random.nextInt(13),
                55 + 50 * random.nextDouble(), random.nextInt(60) - 15, 20 + random.nextInt(380), random.nextInt(90) - 45,
                200 * random.nextDouble() - 100, 400 * random.nextDouble(), player);
    }

    private String blast(LocalDateTime when) {
        return String.format(Locale.ROOT, "\"%s\",Bat,Right,\"Live Pitch\",%d,%d,%d,%.1f,%.1f,%d,%d,%d,%d,%d,%.2f,%.2f,%.1f,,,%n",
                BLAST_TIME.format(when).replace("AM", "am").replace("PM", "pm"), 30 + random.nextInt(60), 30 + random.nextInt(60),
                30 + random.nextInt(60), 55 + 25 * random.nextDouble(), 8 + 20 * random.nextDouble(), 50 + random.nextInt(45),
                random.nextInt(25) - 8, 65 + random.nextInt(35), 65 + random.nextInt(30), -50 + random.nextInt(30),
                1.5 + 5 * random.nextDouble(), 0.11 + 0.08 * random.nextDouble(), 16 + 9 * random.nextDouble());
    }

    private static void zip(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zipOut.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zipOut);
                zipOut.closeEntry();
            }
        }
        Files.writeString(folder.resolveSibling("README.txt"), "Generated by org.swinglink.benchmarks.SeasonCorpus\n",
                StandardCharsets.UTF_8);
    }
}
