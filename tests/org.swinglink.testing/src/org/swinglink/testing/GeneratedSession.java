package org.swinglink.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One player's cage session as the devices export it: a HitTrax Session Report with a row a pitch,
 * and a Blast "Metrics" file with the swings, on a sensor clock that runs behind HitTrax's by a
 * {@link Clock}. Every tenth pitch is taken (no swing); the others are hit, each by its swing.
 * Deterministic for a seed. Plain Java (no OSGi), so plain Maven modules use it as a jar too.
 *
 * <pre>
 * GeneratedSession.Exports files = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 3, 15, 0))
 *         .pitches(60).write(folder, 1);
 * </pre>
 */
public final class GeneratedSession {
    /** How far the sensor clock is behind HitTrax's: {@code offset + drift × elapsed}, plus {@code step} from {@code stepAfter} on. */
    public record Clock(long offsetMillis, double driftPpm, Duration stepAfter, long stepMillis) {
        /** A clock a constant {@code offsetMillis} behind. */
        public static Clock behind(long offsetMillis) {
            return new Clock(offsetMillis, 0, Duration.ZERO, 0);
        }

        long offsetAfter(Duration elapsed) {
            long offset = offsetMillis + Math.round(elapsed.toMillis() * driftPpm / 1_000_000);
            return elapsed.compareTo(stepAfter) >= 0 ? offset + stepMillis : offset;
        }
    }

    /**
     * The two files and what is in them.
     *
     * @param pitches   rows in the HitTrax file
     * @param swings    rows in the Blast file, dry swings included
     * @param truePairs each hit pitch with its swing, as (HitTrax time, sensor time) in local time
     */
    public record Exports(Path hitTrax, Path blast, int pitches, int swings, List<LocalDateTime[]> truePairs) {
        public List<Path> files() {
            return List.of(hitTrax, blast);
        }
    }

    private final String player;
    private final LocalDateTime start;
    private int pitches = Integer.MAX_VALUE;
    private LocalDateTime end = LocalDateTime.MAX;
    private int fewestSeconds = 15;
    private int mostSeconds = 25;
    private Clock clock = Clock.behind(47_000);
    private int jitterMillis;
    private int dryEvery;
    private int drySeconds;
    private boolean devicesNames;

    private GeneratedSession(String player, LocalDateTime start) {
        this.player = player;
        this.start = start;
    }

    /** A session whose first pitch comes 15-25 s after {@code start}, its clock 47 s behind, no dry swings. */
    public static GeneratedSession of(String player, LocalDateTime start) {
        return new GeneratedSession(player, start);
    }

    /**
     * A long team session as an analyst gets it from an unsynchronised PC: a pitch every
     * 14-26 s, swings up to 0.4 s off, a dry swing seven seconds after every fifteenth pitch, the
     * files named as the devices name them.
     */
    public static GeneratedSession drifting(String player, LocalDateTime start, Duration length, Clock clock) {
        return of(player, start).lasting(length).pitchEvery(14, 26).clock(clock).jitterMillis(400).drySwingEvery(15, 7)
                .namedAsTheDevicesNameThem();
    }

    /** This many pitches. */
    public GeneratedSession pitches(int count) {
        this.pitches = count;
        return this;
    }

    /** Pitches until {@code duration} after the start has passed. */
    public GeneratedSession lasting(Duration duration) {
        this.end = start.plus(duration);
        return this;
    }

    /** A pitch this many seconds after the one before, drawn evenly between the two. */
    public GeneratedSession pitchEvery(int fewestSecondsApart, int mostSecondsApart) {
        this.fewestSeconds = fewestSecondsApart;
        this.mostSeconds = mostSecondsApart;
        return this;
    }

    /** How the sensor's clock runs against HitTrax's. */
    public GeneratedSession clock(Clock sensorClock) {
        this.clock = sensorClock;
        return this;
    }

    /** Each swing up to this much further behind its ball than the clock says. */
    public GeneratedSession jitterMillis(int millis) {
        this.jitterMillis = millis;
        return this;
    }

    /** A swing without ball {@code secondsAfter} the swing of every {@code pitchesApart}-th pitch. */
    public GeneratedSession drySwingEvery(int pitchesApart, int secondsAfter) {
        this.dryEvery = pitchesApart;
        this.drySeconds = secondsAfter;
        return this;
    }

    /** {@code hittrax-<date>.csv} and {@code Metrics - <player>.csv}, rather than names that say nothing of the player. */
    public GeneratedSession namedAsTheDevicesNameThem() {
        this.devicesNames = true;
        return this;
    }

    /** Writes the two files into {@code folder}; the same seed writes the same files. */
    public Exports write(Path folder, long seed) {
        return write(folder, new Random(seed));
    }

    /** Writes the two files into {@code folder}, drawing times and figures from {@code random}. */
    public Exports write(Path folder, Random random) {
        String stem = player.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + start.toLocalDate() + "-" + start.getHour();
        Path hitTrax = folder.resolve(devicesNames ? "hittrax-" + start.toLocalDate() + ".csv" : stem + "-hittrax.csv");
        Path blast = folder.resolve(devicesNames ? "Metrics - " + player + ".csv" : stem + "-blast.csv");
        List<LocalDateTime[]> truePairs = new ArrayList<>();
        int pitch = 0;
        int swings = 0;
        try {
            Files.createDirectories(folder);
            try (Writer balls = Files.newBufferedWriter(hitTrax, StandardCharsets.UTF_8);
                    Writer sensor = Files.newBufferedWriter(blast, StandardCharsets.UTF_8)) {
                balls.write(ExportRows.hitTraxHead(player, start.toLocalDate()));
                sensor.write(ExportRows.blastHead());
                for (LocalDateTime ball = start; pitch < pitches && ball.isBefore(end);) {
                    pitch++;
                    ball = ball.plus(Duration.ofMillis(fewestSeconds * 1_000L + random.nextInt((mostSeconds - fewestSeconds) * 1_000)));
                    balls.write(ExportRows.hitTraxRow(pitch, ball, player, random));
                    long behind = clock.offsetAfter(Duration.between(start, ball)) + (jitterMillis > 0 ? random.nextInt(jitterMillis) : 0);
                    LocalDateTime swing = ball.minus(Duration.ofMillis(behind));
                    if (pitch % 10 != 0) {
                        sensor.write(ExportRows.blastRow(swing, random));
                        truePairs.add(new LocalDateTime[] { ball, swing });
                        swings++;
                    }
                    if (dryEvery > 0 && pitch % dryEvery == 0) {
                        sensor.write(ExportRows.blastRow(swing.plusSeconds(drySeconds), random));
                        swings++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the session of " + player + " into " + folder, e);
        }
        return new Exports(hitTrax, blast, pitch, swings, truePairs);
    }
}
