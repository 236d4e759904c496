package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * {@code swinglink watch}, run as the cage PC runs it and stopped with SIGTERM as systemd stops it:
 * files written while it watches, slowly, in sub-folders, as ZIPs and again as copies.
 */
@Isolated // waits for files to settle by the clock
class WatchProductTest {
    @TempDir
    Path work;

    /** Jane Doe's fixture holds 48 pitches. */
    private static final int JANE_DOE_EVENTS = 48;
    /** How long a line or the stop may take on a busy machine before the test gives up. */
    private static final long LONGEST_WAIT_MILLIS = 60_000;

    @Test
    void givenFilesAppearingWhileWatched_thenEachIsImportedOnceWhole_andACopyOrABadFileIsReportedOnce() throws Exception {
        Path folder = Files.createDirectories(work.resolve("exports"));
        Path old = Files.createDirectories(folder.resolve("monday"));
        Files.copy(ProductRun.fixture(ProductRun.JANE_DOE_HITTRAX), old.resolve("jane-doe.csv"));
        Path bad = Files.copy(ProductRun.fixture("invalid/grocery-list.csv"), folder.resolve("grocery-list.csv"));
        Watch watch = Watch.start(work, folder, Map.of());
        watch.awaitLine("imported " + old.resolve("jane-doe.csv") + ": " + JANE_DOE_EVENTS + " HitTrax events");
        watch.awaitLine("failed   " + bad + ": grocery-list.csv: no SwingLink source recognises this file");

        Exports slow = GeneratedSession.of("Player B", LocalDateTime.of(2026, 3, 2, 15, 0)).pitches(200)
                .write(work.resolve("generated-b"), 2);
        Path slowCopy = folder.resolve("slow-hittrax.csv");
        writeSlowly(Files.readAllBytes(slow.hitTrax()), slowCopy);
        watch.awaitLine("imported " + slowCopy + ": " + slow.pitches() + " HitTrax events");

        Exports zipped = GeneratedSession.of("Player A", LocalDateTime.of(2026, 3, 1, 15, 0)).pitches(30).namedAsTheDevicesNameThem()
                .write(work.resolve("generated-a"), 1);
        Path zip = zip(Files.createDirectories(folder.resolve("tuesday")).resolve("player-a.zip"), zipped.files());
        watch.awaitLine("imported " + zip + ": " + zipped.pitches() + " HitTrax events, " + zipped.swings() + " sensor swings");

        Path copy = Files.copy(old.resolve("jane-doe.csv"), folder.resolve("jane-doe (copy).csv"));
        watch.awaitLine("skipped  " + copy + ": already imported by the import of ");

        ProductRun stopped = watch.stop();
        assertEquals(0, stopped.exitCode(), stopped.toString());
        assertTrue(stopped.out().contains("stopped watching (SIGTERM)"), stopped.toString());
        assertEquals(1, stopped.out().lines().filter(l -> l.contains(" " + slowCopy + ":")).count(),
                "the slowly written file is imported once, not piece by piece\n" + stopped);
        assertEquals(1, stopped.out().lines().filter(l -> l.contains(" " + bad + ":")).count(),
                "a file that failed is not tried again while it stays the same\n" + stopped);
        List<StoredRows.Session> sessions = StoredRows.read(work.resolve("db"));
        assertEquals(4, sessions.size(), "one import per file, none for the copy: " + sessions);
        assertEquals(List.of("grocery-list.csv"), sessions.stream().filter(s -> s.status().equals("failed"))
                .flatMap(s -> s.files().stream()).toList(), sessions.toString());
        assertEquals(JANE_DOE_EVENTS + slow.pitches() + zipped.pitches(), sessions.stream().mapToInt(StoredRows.Session::events).sum(),
                sessions.toString());
        assertEquals(zipped.swings(), sessions.stream().mapToInt(StoredRows.Session::swings).sum(), sessions.toString());
        String log = Files.readString(work.resolve("db/watch.log"));
        stopped.out().lines().forEach(line -> assertTrue(log.contains(line), "the log holds every line: " + line + "\n" + log));
    }

    @Test
    void givenAnImportHeldBeforeItsCommit_whenSigtermArrives_thenNothingOfItIsStoredAndTheNextStartImportsIt() throws Exception {
        Path folder = Files.createDirectories(work.resolve("exports"));
        Path file = Files.copy(ProductRun.fixture(ProductRun.JANE_DOE_HITTRAX), folder.resolve("jane-doe.csv"));
        Path hold = work.resolve("hold");
        Watch held = Watch.start(work, folder, Map.of("SWINGLINK_JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1 -Dswinglink.import.hold=" + hold));
        awaitFile(Path.of(hold + ".reached"), held);

        ProductRun stopped = held.stop(); // the hold is never released: only the stop request ends it
        assertEquals(0, stopped.exitCode(), stopped.toString());
        assertTrue(stopped.out().contains("stopped  " + file + ": nothing of it was stored"), stopped.toString());
        List<StoredRows.Session> afterStop = StoredRows.read(work.resolve("db"));
        assertEquals(1, afterStop.size(), afterStop.toString());
        assertEquals("failed", afterStop.get(0).status(), afterStop.toString());
        assertTrue(afterStop.get(0).error().startsWith("cancelled"), afterStop.toString());
        assertEquals(0, afterStop.get(0).events(), afterStop.toString());

        Watch again = Watch.start(work, folder, Map.of());
        again.awaitLine("imported " + file + ": " + JANE_DOE_EVENTS + " HitTrax events");
        ProductRun secondStop = again.stop();
        assertEquals(0, secondStop.exitCode(), secondStop.toString());
        assertEquals(List.of(JANE_DOE_EVENTS), StoredRows.read(work.resolve("db")).stream()
                .filter(s -> s.status().equals("completed")).map(StoredRows.Session::events).toList());
    }

    /**
     * Writes the bytes in eight pieces, cut mid-line, with pauses well shorter than the watch's interval
     * and over longer than it in all: a watch that imported what it saw at once would import a piece.
     */
    private static void writeSlowly(byte[] bytes, Path target) throws IOException, InterruptedException {
        try (OutputStream out = Files.newOutputStream(target)) {
            int pieces = 8;
            for (int piece = 0; piece < pieces; piece++) {
                out.write(bytes, piece * bytes.length / pieces, (piece + 1) * bytes.length / pieces - piece * bytes.length / pieces);
                out.flush();
                if (piece < pieces - 1) {
                    Thread.sleep(Watch.INTERVAL_MILLIS / 6);
                }
            }
        }
    }

    private static Path zip(Path zip, List<Path> files) throws IOException {
        Path partial = zip.resolveSibling(".partial.zip"); // a hidden name is not looked at until it is complete
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (Path file : files) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return Files.move(partial, zip);
    }

    private static void awaitFile(Path file, Watch watch) throws Exception {
        long until = System.currentTimeMillis() + LONGEST_WAIT_MILLIS;
        while (!Files.exists(file)) {
            if (System.currentTimeMillis() > until || !watch.process.isAlive()) {
                throw new AssertionError("no " + file + "\n" + watch.stop());
            }
            Thread.sleep(50);
        }
    }

    /** A running {@code swinglink watch} on the work folder's database. */
    private record Watch(Process process, Path out, Path err) {
        /** Short, so the test is; the pauses of a slow writer are measured against it. */
        static final long INTERVAL_MILLIS = 1000;

        static Watch start(Path work, Path folder, Map<String, String> environment) throws IOException {
            Path out = Files.createTempFile(work, "watch-out", ".txt");
            Path err = Files.createTempFile(work, "watch-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(ProductRun.productFolder().resolve("swinglink").toString(), "watch",
                    "--db", work.resolve("db").toString(), "--zone", "America/Chicago", "--interval",
                    String.valueOf(INTERVAL_MILLIS / 1000.0), folder.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            return new Watch(builder.start(), out, err);
        }

        void awaitLine(String text) throws Exception {
            long until = System.currentTimeMillis() + LONGEST_WAIT_MILLIS;
            while (!Files.readString(out, StandardCharsets.UTF_8).contains(text)) {
                if (System.currentTimeMillis() > until || !process.isAlive()) {
                    throw new AssertionError("no line with '" + text + "'\n" + stop());
                }
                Thread.sleep(50);
            }
        }

        /** SIGTERM (the launcher execs the JVM, so it is the JVM's), as systemd stops a service. */
        ProductRun stop() throws Exception {
            process.destroy();
            if (!process.waitFor(LONGEST_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("swinglink watch did not stop on SIGTERM\n" + Files.readString(out));
            }
            return new ProductRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }
}
