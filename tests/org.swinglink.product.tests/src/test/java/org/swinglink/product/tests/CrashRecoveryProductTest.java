package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * Imports killed with SIGKILL at random moments (JVM and OSGi start, schema creation, archiving,
 * parsing, writing, pairing, commit): after every kill the database opens, holds exactly the rows
 * of the imports that completed and nothing of the others, and the next start marks the killed
 * import failed (interrupted). Finally every file is imported again and the totals match the files.
 * The seed is printed; rerun one with -Dswinglink.crash.seed=N, more kills with -Dswinglink.crash.kills=N.
 */
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
        long fullImportMillis = timeOneImport();

        List<String> landed = new ArrayList<>();
        Set<String> leftProcessing = new HashSet<>();
        int killed = 0;
        for (int round = 0; killed < kills && !pending.isEmpty() && round < 3 * kills; round++) {
            String player = new ArrayList<>(pending.keySet()).get(random.nextInt(pending.size()));
            // Spread over the whole run, start-up included; one in eight runs may finish.
            long delay = (long) (random.nextDouble() * fullImportMillis * (round % 8 == 7 ? 1.3 : 0.95));
            Process process = start(db, player, pending.get(player));
            boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly(); // SIGKILL: the launcher execs java, so this is the JVM itself
                process.waitFor();
                killed++;
            }
            String outcome = finished ? "finished (exit " + process.exitValue() + ")" : "killed";
            landed.add(delay + " ms: " + outcome);
            List<StoredRows.Session> stored = StoredRows.read(db);
            assertConsistent(stored, all, "after round " + round + " (" + delay + " ms, " + outcome + ", seed " + seed + ")");
            stored.stream().filter(s -> s.status().equals("completed")).forEach(s -> pending.remove(playerOf(s, all)));
            stored.stream().filter(s -> s.status().equals("processing")).forEach(s -> leftProcessing.add(s.id()));
        }
        System.out.println("CrashRecoveryProductTest: " + killed + " kills survived, " + leftProcessing.size()
                + " imports left processing; " + String.join("; ", landed));

        ProductRun sessions = ProductRun.run(work, "sessions", "--db", db.toString());
        assertEquals(0, sessions.exitCode(), sessions.toString());
        assertFalse(sessions.out().contains(" processing "), "a start marks unfinished imports failed\n" + sessions);
        for (StoredRows.Session session : StoredRows.read(db)) {
            if (leftProcessing.contains(session.id())) {
                assertEquals("failed", session.status(), session.toString());
                assertTrue(session.error().startsWith("interrupted: SwingLink stopped before this import finished"), session.toString());
            }
        }

        for (Map.Entry<String, Exports> session : all.entrySet()) {
            ProductRun again = ProductRun.run(work, "import", "--db", db.toString(), "--player", session.getKey(),
                    session.getValue().hitTrax().toString(), session.getValue().blast().toString());
            assertEquals(0, again.exitCode(), again.toString());
        }
        List<StoredRows.Session> finalRows = StoredRows.read(db);
        assertConsistent(finalRows, all, "after importing everything again");
        assertEquals(SESSIONS * PITCHES_PER_SESSION, finalRows.stream().mapToInt(StoredRows.Session::events).sum());
        assertEquals(all.values().stream().mapToInt(Exports::swings).sum(),
                finalRows.stream().mapToInt(StoredRows.Session::swings).sum());
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

    private Map<String, Exports> generateSessions() throws IOException {
        Map<String, Exports> sessions = new LinkedHashMap<>();
        for (int i = 0; i < SESSIONS; i++) {
            String player = "Player " + (char) ('A' + i);
            sessions.put(player, GeneratedSession.of(player, LocalDateTime.of(2026, 3, 1 + i, 15, 0)).pitches(PITCHES_PER_SESSION)
                    .write(work.resolve("input"), i));
        }
        return sessions;
    }

    /** How long one import takes here, from a cold start into a new database: the range kills are spread over. */
    private long timeOneImport() throws Exception {
        Exports sample = GeneratedSession.of("Calibration Player", LocalDateTime.of(2026, 2, 1, 15, 0)).pitches(PITCHES_PER_SESSION)
                .write(work.resolve("calibration"), 99);
        long started = System.nanoTime();
        ProductRun run = ProductRun.run(work, "import", "--db", work.resolve("calibration-db").toString(),
                "--player", "Calibration Player", sample.hitTrax().toString(), sample.blast().toString());
        assertEquals(0, run.exitCode(), run.toString());
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private Process start(Path db, String player, Exports session) throws IOException {
        return new ProcessBuilder(ProductRun.productFolder().resolve("swinglink").toString(), "import", "--db", db.toString(),
                "--player", player, session.hitTrax().toString(), session.blast().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
