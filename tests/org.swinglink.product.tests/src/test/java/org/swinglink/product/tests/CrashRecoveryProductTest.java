package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * Imports killed with SIGKILL at random moments (JVM and OSGi start, schema creation, archiving,
 * parsing, writing, pairing, commit): after every kill the database opens, holds exactly the rows
 * of the imports that completed and nothing of the others, and the next start marks the killed
 * import failed (interrupted). Most kills land within the import itself, at a random moment after
 * its session is recorded (its working folder appears), so that at least half of them interrupt
 * one whatever the machine's speed; the others anywhere from the launch on. Finally every file is
 * imported again and each player holds their files' rows, once.
 * The seed is printed; rerun one with -Dswinglink.crash.seed=N, more kills with -Dswinglink.crash.kills=N.
 */
@Isolated // kills imports at chosen moments: another product run beside it moves those moments
class CrashRecoveryProductTest {
    private static final int PITCHES_PER_SESSION = 800;
    private static final int SESSIONS = 8;

    @TempDir
    Path work;

    @Test
    void givenImportsKilledAtRandomPoints_thenTheDatabaseHoldsExactlyTheCompletedImportsAndRecovers() throws Exception {
        long seed = Long.getLong("swinglink.crash.seed", System.nanoTime());
        int kills = Integer.getInteger("swinglink.crash.kills", 12); // a new seed each run; more with the property
        System.out.println("CrashRecoveryProductTest seed " + seed + ", " + kills + " kills");
        Random random = new Random(seed);
        Path db = work.resolve("db");
        Map<String, Exports> pending = generateSessions();
        Map<String, Exports> all = new LinkedHashMap<>(pending);
        Timing oneImport = timeOneImport();

        List<String> landed = new ArrayList<>();
        Set<String> leftProcessing = new HashSet<>();
        int killed = 0;
        for (int round = 0; killed < kills && !pending.isEmpty() && round < 3 * kills; round++) {
            String player = new ArrayList<>(pending.keySet()).get(random.nextInt(pending.size()));
            Set<Path> earlierWork = workFolders(db);
            Process process = start(db, player, pending.get(player));
            long delay;
            String when;
            if (round % 4 == 3) { // spread over the whole run, start-up included; one in eight of these may finish
                delay = (long) (random.nextDouble() * oneImport.launchToEnd() * (round % 8 == 7 ? 1.3 : 0.95));
                when = delay + " ms after the launch";
            } else {
                awaitImportStarted(db, earlierWork, process);
                delay = (long) (random.nextDouble() * oneImport.importing());
                when = delay + " ms into the import";
            }
            boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly(); // SIGKILL: the launcher execs java, so this is the JVM itself
                process.waitFor();
                killed++;
            }
            String outcome = finished ? "finished (exit " + process.exitValue() + ")" : "killed";
            landed.add(when + ": " + outcome);
            List<StoredRows.Session> stored = StoredRows.read(db);
            assertConsistent(stored, all, "after round " + round + " (" + when + ", " + outcome + ", seed " + seed + ")");
            stored.stream().filter(s -> s.status().equals("completed")).forEach(s -> pending.remove(playerOf(s, all)));
            stored.stream().filter(s -> s.status().equals("processing")).forEach(s -> leftProcessing.add(s.id()));
        }
        System.out.println("CrashRecoveryProductTest: " + killed + " kills survived, " + leftProcessing.size()
                + " imports left processing; " + String.join("; ", landed));
        assertTrue(leftProcessing.size() >= (kills + 1) / 2, "at least half of the " + kills + " kills must interrupt an import,"
                + " else this tests little; " + leftProcessing.size() + " did (seed " + seed + "): " + String.join("; ", landed));

        // one import of every file, as a facility imports a folder: its start marks the killed imports failed
        ProductRun again = ProductRun.run(work, "import", "--bulk", work.resolve("input").toString(), "--db", db.toString());
        assertEquals(0, again.exitCode(), again.toString());
        for (StoredRows.Session session : StoredRows.read(db)) {
            assertTrue(!session.status().equals("processing"), "a start marks unfinished imports failed: " + session);
            if (leftProcessing.contains(session.id())) {
                assertEquals("failed", session.status(), session.toString());
                assertTrue(session.error().startsWith("interrupted: SwingLink stopped before this import finished"), session.toString());
            }
        }
        ProductRun players = ProductRun.run(work, "players", "--json", "--db", db.toString());
        assertEquals(0, players.exitCode(), players.toString());
        Map<String, String> held = new LinkedHashMap<>();
        for (JsonElement element : JsonParser.parseString(players.out()).getAsJsonArray()) {
            JsonObject player = element.getAsJsonObject();
            held.put(player.get("name").getAsString(), player.get("hittraxEvents") + " events, " + player.get("sensorSwings") + " swings");
        }
        Map<String, String> inFiles = new LinkedHashMap<>();
        all.forEach((player, files) -> inFiles.put(player, files.pitches() + " events, " + files.swings() + " swings"));
        assertEquals(inFiles, held, "each player holds their files' rows, once");
    }

    /** Completed imports hold exactly their files' rows, once; every other import holds none. */
    private static void assertConsistent(List<StoredRows.Session> stored, Map<String, Exports> all, String when) {
        Map<String, Integer> completedPerPlayer = new LinkedHashMap<>();
        for (StoredRows.Session session : stored) {
            if (session.status().equals("completed") && session.events() > 0) {
                Exports files = all.get(playerOf(session, all));
                assertEquals(files.pitches(), session.events(), when + ": events of " + session);
                assertEquals(files.swings(), session.swings(), when + ": swings of " + session);
                completedPerPlayer.merge(playerOf(session, all), 1, Integer::sum);
            } else if (!session.status().equals("completed")) {
                assertEquals(0, session.events() + session.swings(), when + ": an unfinished import stored rows: " + session);
            }
        }
        completedPerPlayer.forEach((player, times) -> assertEquals(1, times, when + ": " + player + " stored twice"));
    }

    private static String playerOf(StoredRows.Session session, Map<String, Exports> all) {
        for (Map.Entry<String, Exports> entry : all.entrySet()) {
            if (session.files().contains(entry.getValue().hitTrax().getFileName().toString())) {
                return entry.getKey();
            }
        }
        throw new AssertionError("an import of files this test did not write: " + session);
    }

    /** Each player's session as the devices name their files, so that an import of the folder finds whose they are. */
    private Map<String, Exports> generateSessions() throws IOException {
        Map<String, Exports> sessions = new LinkedHashMap<>();
        for (int i = 0; i < SESSIONS; i++) {
            String player = "Player " + (char) ('A' + i);
            sessions.put(player, GeneratedSession.of(player, LocalDateTime.of(2026, 3, 1 + i, 15, 0)).pitches(PITCHES_PER_SESSION)
                    .namedAsTheDevicesNameThem().write(work.resolve("input"), i));
        }
        return sessions;
    }

    /** How long an import takes here from the launch, and from the moment its session is recorded, which kills are spread over. */
    private record Timing(long launchToEnd, long importing) {
    }

    /** One import from a cold start into a new database, timed. */
    private Timing timeOneImport() throws Exception {
        Exports sample = GeneratedSession.of("Calibration Player", LocalDateTime.of(2026, 2, 1, 15, 0)).pitches(PITCHES_PER_SESSION)
                .write(work.resolve("calibration"), 99);
        Path db = work.resolve("calibration-db");
        long launched = System.nanoTime();
        Process process = start(db, "Calibration Player", sample);
        awaitImportStarted(db, Set.of(), process);
        long importStarted = System.nanoTime();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the calibration import did not end");
        long ended = System.nanoTime();
        assertEquals(0, process.exitValue(), "the calibration import");
        return new Timing(TimeUnit.NANOSECONDS.toMillis(ended - launched), TimeUnit.NANOSECONDS.toMillis(ended - importStarted));
    }

    /** Waits until the import has recorded its session and made its working folder, or its process has ended. */
    private static void awaitImportStarted(Path db, Set<Path> earlierWork, Process process) throws Exception {
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); process.isAlive() && System.nanoTime() < until;) {
            if (!earlierWork.containsAll(workFolders(db))) {
                return;
            }
            Thread.sleep(5);
        }
    }

    /** The working folders of imports in the database folder: one appears when an import has recorded its session. */
    private static Set<Path> workFolders(Path db) throws IOException {
        try (Stream<Path> folders = Files.list(db.resolve("work"))) {
            return new HashSet<>(folders.toList());
        } catch (java.nio.file.NoSuchFileException notYet) {
            return Set.of();
        }
    }

    private Process start(Path db, String player, Exports session) throws IOException {
        return new ProcessBuilder(ProductRun.productFolder().resolve("swinglink").toString(), "import", "--db", db.toString(),
                "--player", player, session.hitTrax().toString(), session.blast().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
