package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * The headless product on a real PostgreSQL server that {@code scripts/postgres-server} starts for
 * this class: the same import and report as in a Derby folder, and a server that refuses or is not
 * there answered in one sentence with exit code 3, no password printed.
 */
@Isolated // restarts the shared PostgreSQL server (CopyProductTest uses it) and times two computers against each other
class ServerProductTest {
    @RegisterExtension
    static final PostgresForTests server = new PostgresForTests();

    @TempDir
    Path work;

    private ProductRun onServer(String passwordToUse, String... arguments) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of(arguments));
        all.addAll(List.of("--db", server.address(), "--zone", "America/Chicago"));
        return ProductRun.run(work, Map.of("PGPASSWORD", passwordToUse, "HOME", work.toString()), all.toArray(String[]::new));
    }

    @Test
    void givenOneSession_whenImportedAndReportedOnTheServer_thenTheReportIsTheOneADerbyFolderGives() throws Exception {
        Exports session = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 3, 15, 0)).pitches(60)
                .write(work.resolve("a"), 1);
        String[] importing = { "import", "--player", "Ava Ruiz", session.hitTrax().toString(), session.blast().toString() };

        ProductRun imported = onServer(server.password(), importing);
        ProductRun report = onServer(server.password(), "report", "--player", "Ava Ruiz", "--json");
        ProductRun again = onServer(server.password(), importing);

        assertEquals(0, imported.exitCode(), imported.toString());
        assertEquals(0, report.exitCode(), report.toString());
        assertTrue(again.out().contains("already imported") || again.err().contains("already imported"), again.toString());
        assertEquals(0, ProductRun.onDatabaseInChicago(work, importing).exitCode());
        ProductRun inDerby = ProductRun.onDatabaseInChicago(work, "report", "--player", "Ava Ruiz", "--json");
        assertSameFigures(inDerby.out(), report.out());
        assertEquals(1, JsonParser.parseString(report.out()).getAsJsonArray().size(), "one session: " + report.out());
    }

    /**
     * The same report, numbers equal to 12 significant digits: PostgreSQL averages doubles with
     * Youngs-Cramer sums, Derby adds them up in turn, so the last bits may differ.
     */
    private static void assertSameFigures(String inDerby, String onServer) {
        JsonArray expected = JsonParser.parseString(inDerby).getAsJsonArray();
        JsonArray actual = JsonParser.parseString(onServer).getAsJsonArray();
        assertEquals(expected.size(), actual.size(), "sessions on the server:\n" + onServer + "\nin a Derby folder:\n" + inDerby);
        for (int i = 0; i < expected.size(); i++) {
            JsonObject derby = expected.get(i).getAsJsonObject();
            JsonObject server = actual.get(i).getAsJsonObject();
            assertEquals(derby.keySet(), server.keySet(), "the same figures on the server as in a Derby folder");
            for (String figure : derby.keySet()) {
                JsonElement want = derby.get(figure);
                JsonElement got = server.get(figure);
                if (want.isJsonPrimitive() && want.getAsJsonPrimitive().isNumber() && got.isJsonPrimitive()
                        && got.getAsJsonPrimitive().isNumber()) {
                    double tolerance = Math.abs(want.getAsDouble()) * 1e-12;
                    assertEquals(want.getAsDouble(), got.getAsDouble(), tolerance, figure + " of session " + i);
                } else {
                    assertEquals(want, got, figure + " of session " + i);
                }
            }
        }
    }

    @Test
    void givenTheEverydayRoleOfTheReadme_whenItImportsAndReads_thenItNeedsNoRightToChangeTables() throws Exception {
        assertEquals(0, onServer(server.password(), "sessions").exitCode(), "the owner makes the tables first");
        server.psql("CREATE ROLE coach LOGIN PASSWORD 'coach-pw'", "GRANT CONNECT ON DATABASE swinglink TO coach",
                "GRANT USAGE ON SCHEMA public TO coach", "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO coach",
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO coach");
        Exports session = GeneratedSession.of("Cy Young", LocalDateTime.of(2026, 4, 1, 15, 0)).pitches(30)
                .write(work.resolve("c"), 4);
        String coach = server.address().replace("swinglink@", "coach@");

        ProductRun imported = ProductRun.run(work, Map.of("PGPASSWORD", "coach-pw", "HOME", work.toString()), "import",
                "--player", "Cy Young", session.hitTrax().toString(), session.blast().toString(), "--db", coach, "--zone",
                "America/Chicago");
        ProductRun board = ProductRun.run(work, Map.of("PGPASSWORD", "coach-pw", "HOME", work.toString()), "leaderboard",
                "--from", "2026-04-01", "--to", "2026-04-01", "--db", coach, "--zone", "America/Chicago");

        assertEquals(0, imported.exitCode(), imported.toString());
        assertEquals(0, board.exitCode(), board.toString());
        assertTrue(board.out().contains("Cy Young"), board.toString());
    }

    @Test
    void givenTwoComputersImportingOnePlayersFilesAtOnce_whenBothEnd_thenEachFileIsStoredOnceAndEachPairMadeOnce()
            throws Exception {
        List<Exports> visits = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            visits.add(GeneratedSession.of("Dee Hall", LocalDateTime.of(2026, 5, 4 + day, 16, 0)).pitches(80)
                    .write(work.resolve("visit" + day), 20 + day));
        }
        String[] first = { "import", "--player", "Dee Hall", visits.get(0).hitTrax().toString(), visits.get(0).blast().toString() };
        assertEquals(0, onServer(server.password(), first).exitCode(), "the player exists before the two computers start");

        // one computer has visits 1-2's HitTrax and visit 3's Blast, the other the rest of them: pairs across imports
        List<ProductRun> crossing = atOnce(
                List.of(visits.get(1).hitTrax(), visits.get(2).hitTrax(), visits.get(3).blast()),
                List.of(visits.get(1).blast(), visits.get(2).blast(), visits.get(3).hitTrax()));
        // both have visit 4's two files: stored once
        List<ProductRun> same = atOnce(List.of(visits.get(4).hitTrax(), visits.get(4).blast()),
                List.of(visits.get(4).hitTrax(), visits.get(4).blast()));

        for (ProductRun run : List.of(crossing.get(0), crossing.get(1), same.get(0), same.get(1))) {
            assertEquals(0, run.exitCode(), run.toString());
        }
        assertTrue(same.stream().anyMatch(run -> (run.out() + run.err()).contains("already imported")), same.toString());
        List<String> everyFile = new java.util.ArrayList<>(List.of("import", "--player", "Dee Hall"));
        visits.stream().skip(1).forEach(visit -> everyFile.addAll(List.of(visit.hitTrax().toString(), visit.blast().toString())));
        assertEquals(0, ProductRun.onDatabaseInChicago(work, first).exitCode());
        assertEquals(0, ProductRun.onDatabaseInChicago(work, everyFile.toArray(String[]::new)).exitCode());
        assertEquals(counts(ProductRun.onDatabaseInChicago(work, "report", "--player", "Dee Hall", "--json")),
                counts(onServer(server.password(), "report", "--player", "Dee Hall", "--json")),
                "swings, events and pairs of each visit as one import of every file in a Derby folder gives");
    }

    /**
     * Two computers importing Dee Hall's files at once: the first is held with its rows written and
     * paired but not committed (-Dswinglink.import.hold), the second starts meanwhile and must wait
     * for it, not pair or store around it.
     */
    private List<ProductRun> atOnce(List<Path> one, List<Path> other) throws Exception {
        Path release = work.resolve("release-" + System.nanoTime());
        StartedRun held = start(one, release);
        held.awaitCommitPoint(release);
        StartedRun waiting = start(other, null);
        Thread.sleep(3000); // time enough to pair or store around the first import, if nothing made it wait
        boolean waited = waiting.process().isAlive();
        Files.writeString(release, "");
        List<ProductRun> runs = List.of(held.ended(), waiting.ended());
        assertTrue(waited, "the second import ended while the first held its files and player: " + runs.get(1));
        return runs;
    }

    private StartedRun start(List<Path> files, Path hold) throws IOException {
        return start("Dee Hall", files, hold);
    }

    private StartedRun start(String player, List<Path> files, Path hold) throws IOException {
        return start(server.address(), player, files, hold);
    }

    private StartedRun start(String database, String player, List<Path> files, Path hold) throws IOException {
        List<String> arguments = new java.util.ArrayList<>(List.of("import", "--player", player));
        files.forEach(file -> arguments.add(file.toString()));
        return startCommand(database, arguments, hold);
    }

    /** The product run with {@code arguments} on {@code database}, not waited for; {@code hold}: its import's hold file, or null. */
    private StartedRun startCommand(String database, List<String> arguments, Path hold) throws IOException {
        List<String> all = new java.util.ArrayList<>(arguments);
        all.addAll(List.of("--db", database, "--zone", "America/Chicago"));
        return StartedRun.start(work, Map.of("PGPASSWORD", server.password(), "HOME", work.toString()), hold, all);
    }

    @Test
    void givenAnImportWhoseProcessDies_whenAnotherProgramConnects_thenItIsMarkedFailedButNotWhileItRuns() throws Exception {
        Exports visit = GeneratedSession.of("Eve Lane", LocalDateTime.of(2026, 6, 1, 16, 0)).pitches(50)
                .write(work.resolve("eve"), 31);
        Path release = work.resolve("release-never");
        StartedRun held = start("Eve Lane", List.of(visit.hitTrax(), visit.blast()), release);
        held.awaitCommitPoint(release);

        ProductRun whileRunning = onServer(server.password(), "sessions");
        held.process().descendants().forEach(ProcessHandle::destroyForcibly); // the launcher's JVM, as a power cut would
        held.process().destroyForcibly();
        held.process().waitFor();
        ProductRun afterwards = onServer(server.password(), "sessions");
        ProductRun again = onServer(server.password(), "import", "--player", "Eve Lane", visit.hitTrax().toString(),
                visit.blast().toString());

        assertEquals(1, whileRunning.out().lines().filter(line -> line.contains("processing")).count(), whileRunning.toString());
        assertEquals(0, afterwards.out().lines().filter(line -> line.contains("processing")).count(), afterwards.toString());
        assertTrue(afterwards.out().lines().anyMatch(line -> line.contains("failed")), afterwards.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("completed") && !again.out().contains("already imported"), again.toString());
    }

    @Test
    void givenTheServerRestartedInTheMiddleOfAnImport_whenItIsBack_thenTheImportRolledBackIsFailedAndImportsAgainCleanly()
            throws Exception {
        Exports visit = GeneratedSession.of("Rae Kim", LocalDateTime.of(2026, 6, 2, 16, 0)).pitches(40)
                .write(work.resolve("rae"), 37);
        Path release = work.resolve("release-after-restart");
        StartedRun held = start("Rae Kim", List.of(visit.hitTrax(), visit.blast()), release);
        held.awaitCommitPoint(release);

        server.restart(); // the import's connection is cut with its rows written, not committed
        Files.writeString(release, "");
        ProductRun cut = held.ended();
        ProductRun afterwards = onServer(server.password(), "sessions");
        ProductRun again = onServer(server.password(), "import", "--player", "Rae Kim", visit.hitTrax().toString(),
                visit.blast().toString());

        assertEquals(1, cut.exitCode(), "the import whose connection was cut failed: " + cut);
        assertEquals(0, afterwards.out().lines().filter(line -> line.contains("processing")).count(), afterwards.toString());
        assertTrue(afterwards.out().lines().anyMatch(line -> line.contains("failed")), afterwards.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("completed") && !again.out().contains("already imported"), again.toString());
        String swingsEventsPairs = visit.swings() + "/" + visit.pitches() + "/" + visit.swings();
        assertEquals(List.of(swingsEventsPairs), counts(onServer(server.password(), "report", "--player", "Rae Kim", "--json")).stream()
                .map(session -> session.substring(session.indexOf(' ') + 1)).toList(),
                "the rows of the import that was cut are gone; the second import's are all there");
    }

    @Test
    void givenANewDatabase_whenTwoComputersOpenItAtOnce_thenOneMakesTheTablesAndBothImport() throws Exception {
        server.psql("CREATE DATABASE opened_at_once");
        String fresh = server.addressOf("opened_at_once");
        Exports ann = GeneratedSession.of("Ann Cole", LocalDateTime.of(2026, 6, 3, 16, 0)).pitches(30)
                .write(work.resolve("ann"), 41);
        Exports bob = GeneratedSession.of("Bob Diaz", LocalDateTime.of(2026, 6, 3, 17, 0)).pitches(30)
                .write(work.resolve("bob"), 43);

        StartedRun first = start(fresh, "Ann Cole", List.of(ann.hitTrax(), ann.blast()), null);
        StartedRun second = start(fresh, "Bob Diaz", List.of(bob.hitTrax(), bob.blast()), null);
        ProductRun one = first.ended();
        ProductRun other = second.ended();

        assertEquals(0, one.exitCode(), one.toString());
        assertEquals(0, other.exitCode(), other.toString());
        assertEquals(ann.swings() + bob.swings() + "", server.psqlOn(fresh, "SELECT COUNT(*) FROM sensor_swings").strip());
    }

    @Test
    void givenAnImportPairingAPlayer_whenAnAnalystAssignsThatPlayerSwingsMeanwhile_thenTheAssignmentWaitsAndNoPairIsLost()
            throws Exception {
        Exports monday = GeneratedSession.of("Gus Ng", LocalDateTime.of(2026, 6, 8, 16, 0)).pitches(30)
                .write(work.resolve("gus-1"), 51);
        Exports tuesday = GeneratedSession.of("Gus Ng", LocalDateTime.of(2026, 6, 9, 16, 0)).pitches(30)
                .write(work.resolve("gus-2"), 53);
        assertEquals(0, onServer(server.password(), "import", "--player", "Gus Ng", monday.hitTrax().toString()).exitCode());
        assertEquals(0, onServer(server.password(), "import", "--bulk", monday.blast().toString()).exitCode(),
                "monday's swings arrive without a player");
        List<String> mondaySwings = server.psql("SELECT id FROM sensor_swings WHERE assigned = FALSE AND source_file LIKE '%"
                + monday.blast().getFileName() + "'").lines().toList();
        assertEquals(monday.swings(), mondaySwings.size());

        Path release = work.resolve("release-gus");
        StartedRun importing = start("Gus Ng", List.of(tuesday.hitTrax(), tuesday.blast()), release);
        importing.awaitCommitPoint(release);
        List<String> assigning = new java.util.ArrayList<>(List.of("assign", "--player", "Gus Ng"));
        assigning.addAll(mondaySwings);
        StartedRun assignment = startCommand(server.address(), assigning, null);
        Thread.sleep(3000); // time enough to pair around the import, if nothing made the assignment wait
        boolean waited = assignment.process().isAlive();
        Files.writeString(release, "");
        ProductRun imported = importing.ended();
        ProductRun assigned = assignment.ended();

        assertEquals(0, imported.exitCode(), imported.toString());
        assertEquals(0, assigned.exitCode(), assigned.toString());
        assertTrue(waited, "the assignment ended while the import held the player: " + assigned);
        assertEquals(monday.swings() + tuesday.swings() + "", server.psql("""
                SELECT COUNT(*) FROM sensor_swings s JOIN users u ON u.id = s.user_id
                WHERE u.name = 'Gus Ng' AND s.hittrax_event_id IS NOT NULL""").strip(), "each swing of both days paired once");
    }

    /** Each session's swings, events and pairs from a report. */
    private static List<String> counts(ProductRun report) {
        assertEquals(0, report.exitCode(), report.toString());
        return JsonParser.parseString(report.out()).getAsJsonArray().asList().stream()
                .map(session -> session.getAsJsonObject()).map(session -> session.get("start").getAsString() + " "
                        + session.get("swings") + "/" + session.get("events") + "/" + session.get("pairs"))
                .toList();
    }

    @Test
    void givenAWrongPassword_whenACommandRuns_thenOneSentenceAndExitCode3AndNoPasswordPrinted() throws Exception {
        ProductRun refused = onServer("Wr0ng-secret", "sessions");

        assertEquals(3, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("password authentication failed"), refused.toString());
        assertTrue(refused.err().startsWith("Cannot use the database postgresql://swinglink@127.0.0.1:"), refused.toString());
        assertEquals(1, refused.err().strip().lines().count(), refused.toString());
        assertFalse((refused.out() + refused.err()).contains("Wr0ng-secret"), refused.toString());
        assertFalse((refused.out() + refused.err()).contains(server.password()), refused.toString());
    }

    @Test
    void givenAPasswordFileOthersCanRead_whenTheServerAsksForThePassword_thenTheMessageSaysWhyTheFileWasNotUsed() throws Exception {
        Path passwords = work.resolve("pgpass");
        Files.writeString(passwords, "127.0.0.1:*:swinglink:swinglink:" + server.password() + "\n");
        Files.setPosixFilePermissions(passwords, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        ProductRun shared = ProductRun.run(work, Map.of("PGPASSWORD", "", "PGPASSFILE", passwords.toString(), "HOME", work.toString()),
                "sessions", "--db", server.address());
        Files.setPosixFilePermissions(passwords, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        ProductRun owned = ProductRun.run(work, Map.of("PGPASSWORD", "", "PGPASSFILE", passwords.toString(), "HOME", work.toString()),
                "sessions", "--db", server.address());

        assertEquals(3, shared.exitCode(), shared.toString());
        assertTrue(shared.err().contains("can be read by others, so it is not used (chmod 0600 " + passwords + ")"), shared.toString());
        assertFalse((shared.out() + shared.err()).contains(server.password()), shared.toString());
        assertEquals(0, owned.exitCode(), "the same file, readable by its owner only: " + owned);
    }

    @Test
    void givenNoServerOrAPasswordInTheAddress_whenACommandRuns_thenExitCode3SaysWhy() throws Exception {
        ProductRun nobody = ProductRun.run(work, Map.of("HOME", work.toString()), "sessions", "--db",
                "postgresql://swinglink@127.0.0.1:9/swinglink");
        ProductRun inAddress = ProductRun.run(work, Map.of("HOME", work.toString()), "sessions", "--db",
                server.address().replace("swinglink@", "swinglink:" + server.password() + "@"));

        assertEquals(3, nobody.exitCode(), nobody.toString());
        assertTrue(nobody.err().contains("refused"), nobody.toString());
        assertEquals(3, inAddress.exitCode(), inAddress.toString());
        assertTrue(inAddress.err().contains("PGPASSWORD or ~/.pgpass"), inAddress.toString());
        assertFalse((inAddress.out() + inAddress.err()).contains(server.password()), inAddress.toString());
    }
}
