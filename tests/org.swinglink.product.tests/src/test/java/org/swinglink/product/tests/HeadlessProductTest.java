package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The materialized headless product, run from the command line on real files and a real database. */
class HeadlessProductTest {
    @TempDir
    Path work;

    private String db() {
        return work.resolve("db").toString();
    }

    @Test
    void givenAHitTraxExport_whenImportedForAPlayer_thenItExitsZeroAndSessionsListIt() throws Exception {
        ProductRun imported = ProductRun.run(work, "import", "--db", db(), "--zone", "America/Chicago",
                "--player", "Jane Doe", ProductRun.fixture("hittrax/jane-doe-2024-10-14.csv").toString());

        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("jane-doe-2024-10-14.csv  HitTrax  100%"), imported.toString());
        assertTrue(imported.out().contains("completed: 48 HitTrax events, 0 sensor swings (0 matched, 0 unmatched), 1 player."), imported.toString());
        assertTrue(imported.out().matches("(?s).*Jane Doe\\s+48\\s+0\\s+0\\s+0\\s+-\\s+-.*"), imported.toString());

        ProductRun sessions = ProductRun.run(work, "sessions", "--db", db());
        assertEquals(0, sessions.exitCode(), sessions.toString());
        String row = sessions.out().lines().filter(l -> l.contains("jane-doe-2024-10-14.csv")).findFirst().orElseThrow();
        assertTrue(row.matches(".*per_player\\s+completed\\s+hittrax\\s+jane-doe-2024-10-14.csv\\s+48\\s+0\\s+0\\s+0\\s+1\\s*"), row);
    }

    @Test
    void givenAnImportOfTwoFiles_whenSessionsAreListed_thenTheFilesCellShowsTheFirstNameAndHowManyMore() throws Exception {
        ProductRun imported = ProductRun.run(work, "import", "--db", db(), "--zone", "America/Chicago", "--player", "Jane Doe",
                ProductRun.fixture("hittrax/jane-doe-2024-10-14.csv").toString(),
                ProductRun.fixture("paired/Metrics - Jane Doe.csv").toString());
        assertEquals(0, imported.exitCode(), imported.toString());

        ProductRun sessions = ProductRun.run(work, "sessions", "--db", db());
        assertEquals(0, sessions.exitCode(), sessions.toString());
        String row = sessions.out().lines().filter(l -> l.contains("jane-doe-2024-10-14.csv")).findFirst().orElseThrow();
        assertTrue(row.matches(".*\\s+jane-doe-2024-10-14\\.csv \\+1\\s+48\\s+47\\s+43\\s+4\\s+1\\s*"), row);
        assertFalse(row.contains("Metrics - Jane Doe.csv"), row);

        ProductRun json = ProductRun.run(work, "sessions", "--json", "--db", db());
        assertTrue(json.out().matches("(?s).*\"fileNames\": \\[\\s*\"jane-doe-2024-10-14\\.csv\",\\s*\"Metrics - Jane Doe\\.csv\"\\s*\\].*"),
                json.toString());
    }

    @Test
    void givenARowWithABadDate_whenImported_thenItExitsNonZeroNamingFileLineAndColumn() throws Exception {
        ProductRun failed = ProductRun.run(work, "import", "--db", db(), "--player", "Jane Doe",
                ProductRun.fixture("hittrax/jane-doe-2024-10-14.csv").toString(),
                ProductRun.fixture("invalid/hittrax-bad-date.csv").toString());

        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.err().contains("hittrax-bad-date.csv, line 7, column 3: Date: '10/44/2024 16:07:02.118' is not a date"),
                failed.toString());
        assertFalse(failed.err().contains("Exception"), "no stack trace for a user's bad file\n" + failed);

        ProductRun sessions = ProductRun.run(work, "sessions", "--db", db());
        String row = sessions.out().lines().filter(l -> l.contains("hittrax-bad-date.csv")).findFirst().orElseThrow();
        assertTrue(row.contains(" failed "), row);
        assertTrue(row.contains("hittrax-bad-date.csv: 1 row cannot be read"), row);
    }

    @Test
    void givenAFileNoSourceKnows_whenImported_thenItExitsNonZeroAndSaysSo() throws Exception {
        ProductRun failed = ProductRun.run(work, "import", "--db", db(), "--player", "Jane Doe",
                ProductRun.fixture("invalid/grocery-list.csv").toString());

        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.err().contains("grocery-list.csv: no SwingLink source recognises this file"), failed.toString());
    }

    @Test
    void givenAnUnknownTimeZone_whenImported_thenItIsAUsageError() throws Exception {
        ProductRun wrong = ProductRun.run(work, "import", "--db", db(), "--zone", "Mars/Olympus", "--player", "Jane Doe",
                ProductRun.fixture("hittrax/jane-doe-2024-10-14.csv").toString());

        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().contains("'Mars/Olympus' is not a time zone"), wrong.toString());
        assertFalse(Files.exists(work.resolve("db")), "nothing is opened for a wrong command line");
    }

    @Test
    void givenADatabaseFolderThatIsAFile_whenRun_thenItExitsThreeWithAMessage() throws Exception {
        Path file = Files.writeString(work.resolve("not-a-folder"), "x");

        ProductRun failed = ProductRun.run(work, "sessions", "--db", file.toString());

        assertEquals(3, failed.exitCode(), failed.toString());
        assertTrue(failed.err().startsWith("Cannot create the database folder " + file), failed.toString());
    }

    @Test
    void givenHelp_thenItListsTheCommandsAndExitsZero() throws Exception {
        ProductRun help = ProductRun.run(work, "--help");

        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().contains("import") && help.out().contains("sessions"), help.toString());
        assertTrue(help.out().contains("--db=DIR"), help.toString());
    }
}
