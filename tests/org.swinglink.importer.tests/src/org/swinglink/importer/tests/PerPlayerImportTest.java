package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.model.HitTraxSession;
import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatistics;
import org.swinglink.model.ImportStatus;
import org.swinglink.model.ImportType;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;

/** A per-player HitTrax import through the real importer service into a real Derby database. */
class PerPlayerImportTest extends DatabaseTest {

    @Test
    void givenAHitTraxExport_whenImportedForAPlayer_thenTheImportSessionRecordsItsStatistics() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(new ImportStatistics(0, 0, 0, 1, 48), report.statistics());
        assertEquals(List.of(new FileReport("jane-doe-2024-10-14.csv", "hittrax", "HitTrax", 100, 48, 0, null, 0)), report.files());

        ImportSession session = fixture.store.queries().importSessions().get(0);
        assertEquals(report.importSessionId(), session.getId());
        assertEquals(ImportType.PER_PLAYER, session.getImportType());
        assertEquals(ImportStatus.COMPLETED, session.getStatus());
        assertEquals(List.of("hittrax"), session.getSourceTypes());
        assertEquals(List.of("jane-doe-2024-10-14.csv"), session.getFileNames());
        assertEquals(1, session.getFileCount());
        assertEquals(report.statistics(), session.getStatistics());
        assertEquals("coach", session.getUser().getName());
        assertEquals(UserRole.ANALYST, session.getUser().getRole());
        assertNotNull(session.getCompletedAt());
    }

    @Test
    void givenAnImport_whenTheSummaryIsQueried_thenItHoldsTheSessionAndEveryEventInTimeOrder() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        var summary = fixture.store.queries().importSessionSummary(report.importSessionId()).orElseThrow();
        assertEquals("coach", summary.analystName());
        assertEquals(1, summary.hittraxSessions().size());
        HitTraxSession hittrax = summary.hittraxSessions().get(0);
        assertEquals("Jane Doe", hittrax.getUser().getName());
        assertEquals("jane-doe-2024-10-14.csv", hittrax.getSourceFile());
        assertEquals(Instant.parse("2024-10-14T21:02:11.415Z"), hittrax.getStartedAt());
        assertEquals(summary.events().get(47).getEventTimestamp(), hittrax.getEndedAt());
        assertEquals(48, summary.events().size());
        for (int i = 1; i < summary.events().size(); i++) {
            assertTrue(!summary.events().get(i).getEventTimestamp().isBefore(summary.events().get(i - 1).getEventTimestamp()));
        }
        assertEquals(40, summary.events().stream().filter(e -> e.getExitVelocity() != null).count());
        String raw = fixture.store.queries().rawDataOfEvent(summary.events().get(0).getId()).orElseThrow();
        assertTrue(raw.contains("\"Velo\":\"65.5\""), raw);
        assertEquals(0, summary.pairedEvents());
    }

    @Test
    void givenAnImport_thenTheOriginalFileIsKeptInTheDatabaseAndNoCopyBesideIt() throws Exception {
        ImportReport report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        byte[] kept = fixture.store.queries().originalFile(report.importSessionId(), "jane-doe-2024-10-14.csv").orElseThrow();
        assertArrayEquals(Files.readAllBytes(folder.resolve("input/jane-doe-2024-10-14.csv")), kept);
        DatabaseFolder database = new DatabaseFolder(folder.resolve("db"));
        assertFalse(Files.exists(database.workDirectory(report.importSessionId())));
        assertFalse(Files.exists(database.root().resolve("archive")));
    }

    @Test
    void givenTwoFilesSpellingThePlayerDifferently_whenImportedTwice_thenThereIsOnePlayer() {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");
        fixture.importForPlayer("DOE, Jane", "hittrax/doe-jane-crlf.csv"); // as an analyst might type it

        List<User> players = fixture.store.read(em -> em.createQuery(
                "SELECT u FROM User u WHERE u.role = :role", User.class).setParameter("role", UserRole.PLAYER).getResultList());
        assertEquals(1, players.size());
        assertEquals(48 + 25, fixture.count("HitTraxEvent"));
    }

    @Test
    void givenAClosedDatabase_whenOpenedAgain_thenTheImportIsStillThere() {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");
        fixture.close();

        try (Store reopened = Store.open(new DatabaseFolder(folder.resolve("db")))) {
            assertEquals(48, reopened.queries().countHitTraxEvents());
            assertEquals(1, reopened.queries().importSessions().size());
        }
        fixture = new ImportFixture(folder);
    }

    @Test
    void givenAFirstImport_whenStored_thenTheTablesHaveEveryIndexAgain() {
        Set<String> before = IndexNames.of(fixture.store); // an empty database: the load builds them after its rows

        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv");

        assertEquals(before, IndexNames.of(fixture.store), "the same indexes, Derby's own for keys and constraints too");
        assertTrue(before.containsAll(Set.of("IX_SENSOR_SWINGS_USER", "IX_SENSOR_SWINGS_TIMESTAMP",
                "IX_SENSOR_SWINGS_ASSIGNED", "IX_SENSOR_SWINGS_SENSOR_TYPE", "IX_SENSOR_SWINGS_IMPORT",
                "IX_HITTRAX_EVENTS_SESSION", "IX_HITTRAX_EVENTS_TIMESTAMP")), before.toString());
    }
}
