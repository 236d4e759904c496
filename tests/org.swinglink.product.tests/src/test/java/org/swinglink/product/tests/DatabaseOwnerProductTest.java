package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/** Embedded Derby admits one process: a second one is told which process has the database. */
@Isolated // holds a commit open while another run waits on it
class DatabaseOwnerProductTest {
    @TempDir
    Path work;

    @Test
    void givenAnImportRunning_whenASecondRunOpensTheDatabase_thenItNamesTheProcessThatHoldsIt() throws Exception {
        Path db = work.resolve("db");
        Exports session = GeneratedSession.of("Jane Doe", LocalDateTime.of(2026, 3, 1, 15, 0)).pitches(30)
                .write(work.resolve("input"), 1);
        // held with its rows written, before the commit, until the second run has ended: it certainly still runs
        Path release = work.resolve("release");
        StartedRun holder = StartedRun.start(work, Map.of(), release, List.of("import", "--db", db.toString(), "--player",
                "Jane Doe", session.hitTrax().toString(), session.blast().toString()));
        ProductRun second;
        try {
            holder.awaitCommitPoint(release);
            second = ProductRun.run(work, "sessions", "--db", db.toString());
        } finally {
            Files.writeString(release, "");
        }
        ProductRun imported = holder.ended();

        assertEquals(3, second.exitCode(), second.toString());
        assertTrue(second.err().contains("The SwingLink database in " + db + " is in use by the SwingLink command line"
                + " (swinglink) (process " + holder.process().pid() + ", started by "), second.toString());
        assertTrue(second.err().contains("close that one, or choose another database (--db)"), second.toString());
        assertFalse(second.err().contains("Exception") || second.err().contains("\tat "), "no stack trace\n" + second);
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("completed: 30 HitTrax events"), "the held import went on after the refusal: " + imported);
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
