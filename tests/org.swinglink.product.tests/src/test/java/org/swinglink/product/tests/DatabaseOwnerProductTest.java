package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/** Embedded Derby admits one process: a second one is told which process has the database. */
class DatabaseOwnerProductTest {
    @TempDir
    Path work;

    @Test
    void givenAnImportRunning_whenASecondRunOpensTheDatabase_thenItNamesTheProcessThatHoldsIt() throws Exception {
        Path db = work.resolve("db");
        Exports big = GeneratedSession.of("Jane Doe", LocalDateTime.of(2026, 3, 1, 15, 0)).pitches(30_000)
                .write(work.resolve("input"), 1);
        Process holder = new ProcessBuilder(ProductRun.productFolder().resolve("swinglink").toString(), "import", "--db",
                db.toString(), "--player", "Jane Doe", big.hitTrax().toString(), big.blast().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path ownerFile = db.resolve("owner.properties");
            long deadline = System.currentTimeMillis() + 60_000;
            while (!(Files.exists(ownerFile) && Files.readString(ownerFile).contains("pid=" + holder.pid()))) {
                assertTrue(holder.isAlive(), "the import ended before the test could try a second run");
                assertTrue(System.currentTimeMillis() < deadline, "no owner record appeared");
                Thread.sleep(50);
            }

            ProductRun second = ProductRun.run(work, "sessions", "--db", db.toString());

            assertEquals(3, second.exitCode(), second.toString());
            assertTrue(second.err().contains("The SwingLink database in " + db + " is in use by the SwingLink command line"
                    + " (swinglink) (process " + holder.pid() + ", started by "), second.toString());
            assertTrue(second.err().contains("close that one, or choose another database (--db)"), second.toString());
            assertFalse(second.err().contains("Exception") || second.err().contains("\tat "), "no stack trace\n" + second);
        } finally {
            assertTrue(holder.waitFor(120, TimeUnit.SECONDS), "the import did not finish");
        }
        assertEquals(0, holder.exitValue());
        assertFalse(Files.exists(db.resolve("owner.properties")), "the owner record goes when the database is closed");
        assertEquals(0, ProductRun.run(work, "sessions", "--db", db.toString()).exitCode());
    }

    @Test
    void givenAnOwnerRecordOfAProcessThatIsGone_whenTheDatabaseIsOpened_thenItIsIgnored() throws Exception {
        Path db = work.resolve("db");
        assertEquals(0, ProductRun.run(work, "sessions", "--db", db.toString()).exitCode());
        Files.writeString(db.resolve("owner.properties"), "pid=999999999\nprogram=the SwingLink workbench\n");

        ProductRun sessions = ProductRun.run(work, "sessions", "--db", db.toString());

        assertEquals(0, sessions.exitCode(), sessions.toString());
        assertTrue(sessions.out().contains("No imports yet."), sessions.toString());
    }
}
