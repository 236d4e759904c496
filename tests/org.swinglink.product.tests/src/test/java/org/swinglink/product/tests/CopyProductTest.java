package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * {@code swinglink copy}: a Derby folder of several players (paired, unpaired and unassigned swings,
 * an assignment made afterwards) onto a PostgreSQL server that {@code scripts/postgres-server}
 * starts for this class and back, with nothing lost: the copy's own checksums, every row of the
 * Derby folders compared directly, and the commands' output on both sides.
 */
class CopyProductTest {
    @RegisterExtension
    static final PostgresForTests server = new PostgresForTests();

    @TempDir
    Path work;

    @Test
    void givenADerbyFolderOfSeveralPlayers_whenCopiedToTheServerAndBack_thenEveryRowArrivesIdsDoNotCollideAndTheCommandsPrintTheSame()
            throws Exception {
        Path derby = work.resolve("derby");
        Expected expected = importSeveralPlayers(derby);

        ProductRun toServer = copy(derby.toString(), server.address());
        ProductRun again = copy(derby.toString(), server.address());
        Path back = work.resolve("back");
        ProductRun fromServer = copy(server.address(), back.toString());

        assertAllEqual(toServer, expected);
        assertEquals(1, again.exitCode(), again.toString());
        assertTrue(again.err().startsWith("Nothing copied: " + server.address() + " already holds SwingLink data"), again.toString());
        assertEquals(1, again.err().strip().lines().count(), again.toString());
        assertAllEqual(fromServer, expected);
        // read without the product: every row and column, the original files' bytes too; and the refused copy changed nothing
        Map<String, List<String>> before = TableDump.of(derby);
        Map<String, List<String>> after = TableDump.of(back);
        assertEquals(before.keySet(), after.keySet());
        for (String table : before.keySet()) {
            assertEquals(before.get(table), after.get(table), table + " after going to the server and back");
        }
        assertTrue(before.get("imported_files").stream().allMatch(row -> row.contains("ORIGINAL_GZIP='1f8b")), "originals kept");

        Exports later = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 20, 15, 0)).pitches(30)
                .write(work.resolve("later"), 9);
        ProductRun imported = on(server.address(), "import", "--player", "Ava Ruiz", later.hitTrax().toString(),
                later.blast().toString());
        Path copied = work.resolve("again");
        ProductRun copiedAgain = copy(server.address(), copied.toString());

        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("completed: 30 HitTrax events, 27 sensor swings"), imported.toString());
        assertEquals(0, copiedAgain.exitCode(), copiedAgain.toString());
        assertTrue(copiedAgain.out().contains("All 9 tables equal."), copiedAgain.toString());
        for (String[] command : List.of(new String[] { "sessions" }, new String[] { "export", "--player", "Cy Young" },
                new String[] { "leaderboard", "--from", "2026-03-01", "--to", "2026-03-31" })) {
            ProductRun onServer = on(server.address(), command);
            ProductRun inDerby = on(copied.toString(), command);
            assertEquals(0, onServer.exitCode(), onServer.toString());
            assertEquals(onServer.out(), inDerby.out(), String.join(" ", command) + " on the server and in the Derby copy");
        }
    }

    @Test
    void givenATargetThatRefusesOneTablesRows_whenCopied_thenExitCode1WithTheReasonAndNoRowIsLeftThere() throws Exception {
        Path derby = work.resolve("derby");
        Exports ava = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 3, 15, 0)).pitches(20)
                .write(work.resolve("ava"), 1);
        assertEquals(0, on(derby.toString(), "import", "--player", "Ava Ruiz", ava.hitTrax().toString(), ava.blast().toString())
                .exitCode());
        String halfway = makeDatabase("halfway");
        assertEquals(0, on(halfway, "sessions").exitCode(), "the owner makes the tables");
        server.psqlOn(halfway, "CREATE ROLE copier LOGIN PASSWORD 'copier-pw'", "GRANT USAGE ON SCHEMA public TO copier",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO copier",
                "REVOKE INSERT ON sensor_swings FROM copier", "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO copier");

        ProductRun refused = ProductRun.run(work, Map.of("PGPASSWORD", "copier-pw", "HOME", work.toString()), "copy", "--from",
                derby.toString(), "--to", halfway.replace("swinglink@", "copier@"));
        ProductRun wrongPassword = ProductRun.run(work, Map.of("PGPASSWORD", "Wr0ng-secret", "HOME", work.toString()), "copy",
                "--from", halfway, "--to", work.resolve("never").toString());

        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().startsWith("Nothing copied to "), refused.toString());
        assertTrue(refused.err().contains("permission denied for table sensor_swings"), refused.toString());
        assertEquals("0", server.psqlOn(halfway, "SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM import_sessions)"
                + " + (SELECT COUNT(*) FROM hittrax_events) + (SELECT COUNT(*) FROM imported_files)").strip(),
                "the tables copied before sensor_swings are rolled back");
        assertEquals(3, wrongPassword.exitCode(), wrongPassword.toString());
        assertTrue(wrongPassword.err().startsWith("Cannot use the database " + halfway), wrongPassword.toString());
        assertFalse((wrongPassword.out() + wrongPassword.err()).contains("Wr0ng-secret"), wrongPassword.toString());
        assertFalse(Files.exists(work.resolve("never")), "no target made when the source cannot be read");
    }

    /** Rows the copy must report for the tables {@link #importSeveralPlayers} fills. */
    private record Expected(int events, int swings, int files) {
    }

    /**
     * Ava's swings paired with her balls, her balls of another day unpaired, her swings of a third
     * day too; Ben's and Cy's balls with swings of a file without a player, ten of them assigned to
     * Cy afterwards.
     */
    private Expected importSeveralPlayers(Path derby) throws Exception {
        Exports ava = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 3, 15, 0)).pitches(40)
                .write(work.resolve("ava"), 1);
        Exports avaBalls = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 4, 15, 0)).pitches(20)
                .write(work.resolve("ava2"), 2);
        Exports avaSwings = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 5, 17, 0)).pitches(20)
                .write(work.resolve("ava3"), 3);
        Exports ben = GeneratedSession.of("Ben Cole", LocalDateTime.of(2026, 3, 6, 14, 0)).pitches(10)
                .write(work.resolve("ben"), 4);
        Exports cy = GeneratedSession.of("Cy Young", LocalDateTime.of(2026, 3, 6, 16, 0)).pitches(30)
                .write(work.resolve("cy"), 5);
        Path anonymous = Files.copy(cy.blast(), work.resolve("swings.csv"));
        String db = derby.toString();
        for (String[] command : List.of(
                new String[] { "import", "--player", "Ava Ruiz", ava.hitTrax().toString(), ava.blast().toString(),
                        avaBalls.hitTrax().toString(), avaSwings.blast().toString() },
                new String[] { "import", "--bulk", ben.hitTrax().toString(), cy.hitTrax().toString(), anonymous.toString() })) {
            ProductRun imported = on(db, command);
            assertEquals(0, imported.exitCode(), imported.toString());
        }
        ProductRun unassigned = on(db, "unassigned", "--json");
        List<String> assign = new ArrayList<>(List.of("assign", "--player", "Cy Young"));
        Matcher id = Pattern.compile("\"swingId\": \"([0-9a-f-]+)\"").matcher(unassigned.out());
        while (id.find() && assign.size() < 13) {
            assign.add(id.group(1));
        }
        assertEquals(13, assign.size(), unassigned.toString());
        ProductRun assigned = on(db, assign.toArray(String[]::new));
        assertEquals(0, assigned.exitCode(), assigned.toString());
        assertTrue(assigned.out().startsWith("Assigned 10 swings to Cy Young"), assigned.toString());
        return new Expected(ava.pitches() + avaBalls.pitches() + ben.pitches() + cy.pitches(),
                ava.swings() + avaSwings.swings() + cy.swings(), 7);
    }

    private static void assertAllEqual(ProductRun copy, Expected expected) {
        assertEquals(0, copy.exitCode(), copy.toString());
        assertTrue(copy.out().contains("All 9 tables equal."), copy.toString());
        assertTrue(copy.out().matches("(?s).*\\nhittrax_events +" + expected.events() + " +" + expected.events() + " .*equal\\n.*"),
                copy.toString());
        assertTrue(copy.out().matches("(?s).*\\nsensor_swings +" + expected.swings() + " +" + expected.swings() + " .*equal\\n.*"),
                copy.toString());
        assertTrue(copy.out().matches("(?s).*\\nimported_files +" + expected.files() + " +" + expected.files() + " .*equal\\n.*"),
                copy.toString());
    }

    /** A database of its own on the class's server, for a test that needs an empty one. */
    private static String makeDatabase(String name) throws Exception {
        server.psql("CREATE DATABASE " + name);
        return server.addressOf(name);
    }

    private ProductRun copy(String from, String to) throws Exception {
        return ProductRun.run(work, Map.of("PGPASSWORD", server.password(), "HOME", work.toString()), "copy", "--from", from, "--to",
                to);
    }

    /** A command on a Derby folder or the server, times in America/Chicago. */
    private ProductRun on(String database, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--db", database, "--zone", "America/Chicago"));
        return ProductRun.run(work, Map.of("PGPASSWORD", server.password(), "HOME", work.toString()), all.toArray(String[]::new));
    }
}
