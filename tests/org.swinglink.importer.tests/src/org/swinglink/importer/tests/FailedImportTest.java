package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatus;
import org.swinglink.store.DatabaseFolder;

/** Bad input: the import fails with a message naming file and line, and nothing of it is stored. */
class FailedImportTest extends DatabaseTest {

    private ImportSession onlySession() {
        List<ImportSession> sessions = fixture.store.queries().importSessions();
        assertEquals(1, sessions.size());
        return sessions.get(0);
    }

    private void assertNothingStored() {
        assertEquals(0, fixture.count("HitTraxEvent"));
        assertEquals(0, fixture.count("HitTraxSession"));
        assertEquals(0, fixture.count("SensorSwing"));
    }

    @Test
    void givenAGoodFileAndOneWithABadDate_whenImported_thenNothingIsStoredAndTheSessionSaysWhere() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv",
                "invalid/hittrax-bad-date.csv");

        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.errorMessage().contains("hittrax-bad-date.csv, line 7, column 3: Date: '10/44/2024 16:07:02.118'"),
                report.errorMessage());
        assertNothingStored();
        ImportSession session = onlySession();
        assertEquals(ImportStatus.FAILED, session.getStatus());
        assertEquals(report.errorMessage(), session.getErrorMessage());
        assertEquals(List.of("jane-doe-2024-10-14.csv", "hittrax-bad-date.csv"), session.getFileNames());
    }

    @Test
    void givenABadNumber_whenImported_thenTheMessageNamesTheColumn() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "invalid/hittrax-bad-number.csv");

        assertTrue(report.errorMessage().contains("hittrax-bad-number.csv, line 12, column 8: Velo: 'fast' is not a number"),
                report.errorMessage());
        assertNothingStored();
    }

    @Test
    void givenAFileNoSourceRecognises_whenImported_thenTheMessageSaysSoAndShowsItsStart() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "invalid/grocery-list.csv");

        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.errorMessage().startsWith("grocery-list.csv: no SwingLink source recognises this file; its first line is 'Item,Quantity,Price'"),
                report.errorMessage());
        assertTrue(report.errorMessage().contains("HitTrax 0"), report.errorMessage());
        assertEquals(ImportStatus.FAILED, onlySession().getStatus());
    }

    @Test
    void givenAnEmptyFile_whenImported_thenItIsRejectedAsEmpty() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "invalid/empty.csv");

        assertTrue(report.errorMessage().contains("empty.csv: no SwingLink source recognises this file (it is empty)"),
                report.errorMessage());
    }

    @Test
    void givenAHeaderWithoutRows_whenImported_thenItFailsInsteadOfStoringAnEmptySession() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "invalid/hittrax-header-only.csv");

        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.errorMessage().contains("header is there but no rows follow"), report.errorMessage());
        assertNothingStored();
    }

    @Test
    void givenAMissingFile_whenImported_thenTheMessageNamesIt() {
        Path missing = folder.resolve("nowhere/session.csv");
        ImportReport report = fixture.importer.importFiles(fixture.store,
                ImportRequest.perPlayer("Jane Doe", List.of(missing), ImportFixture.CHICAGO, "coach"));

        assertEquals(missing + ": no such file", report.errorMessage());
        assertEquals(report.errorMessage(), onlySession().getErrorMessage());
    }

    @Test
    void givenAFailedImport_thenNoByteOfItsFilesIsLeftBehind() throws IOException {
        ImportReport report = fixture.importForPlayer("Jane Doe", "invalid/hittrax-bad-date.csv");

        DatabaseFolder database = new DatabaseFolder(folder.resolve("db"));
        assertFalse(Files.exists(database.workDirectory(report.importSessionId())), "no working copy");
        assertTrue(fixture.store.queries().originalFile(report.importSessionId(), "hittrax-bad-date.csv").isEmpty(),
                "nothing kept in the database");
        try (var left = Files.walk(database.root())) {
            assertTrue(left.noneMatch(path -> path.getFileName().toString().equals("hittrax-bad-date.csv")));
        }
    }

    @Test
    void givenADatabaseFolderThatCannotTakeTheWorkingCopies_whenImported_thenTheMessageSaysItCannotWriteNotRead()
            throws IOException {
        DatabaseFolder database = new DatabaseFolder(folder.resolve("db"));
        Files.deleteIfExists(database.workDirectory());
        Files.writeString(database.workDirectory(), "a file where the working folder goes, as a full disk refuses it");

        ImportReport report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.errorMessage().startsWith("Cannot write the import's working copies to "), report.errorMessage());
        assertFalse(report.errorMessage().contains("cannot read"), report.errorMessage());
        assertNothingStored();
    }

    @Test
    void givenAFirstImportThatFails_whenRolledBack_thenTheTablesKeepTheirIndexes() {
        Set<String> before = IndexNames.of(fixture.store);

        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "invalid/hittrax-bad-date.csv");

        assertEquals(before, IndexNames.of(fixture.store));
        assertTrue(before.containsAll(Set.of("IX_SENSOR_SWINGS_TIMESTAMP", "IX_HITTRAX_EVENTS_TIMESTAMP")), before.toString());
    }
}
