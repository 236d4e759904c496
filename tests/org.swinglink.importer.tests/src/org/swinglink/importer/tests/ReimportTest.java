package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.model.ImportStatus;

/** The same export imported again is recognised by its bytes and not stored twice. */
class ReimportTest extends DatabaseTest {

    @Test
    void givenAnImportedFile_whenImportedAgain_thenItIsSkippedAndTheSummarySaysByWhichImport() {
        ImportReport first = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        ImportReport second = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        assertEquals(ImportStatus.COMPLETED, second.status());
        FileReport skipped = second.files().get(0);
        assertEquals(first.importSessionId(), skipped.duplicateOf());
        assertEquals(0, skipped.records());
        assertTrue(second.warnings().get(0).contains("already imported (import " + first.importSessionId() + ")"));
        assertEquals(48, fixture.count("HitTraxEvent"));
    }

    @Test
    void givenTheSameBytesUnderAnotherName_whenImported_thenTheyAreStillRecognised() throws Exception {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");
        Path renamed = Files.copy(fixture.file("hittrax/jane-doe-2024-10-14.csv"), folder.resolve("copy-of-session.csv"));

        ImportReport again = fixture.importBulk(renamed);

        assertTrue(again.files().get(0).skippedAsDuplicate());
        assertEquals(48, fixture.count("HitTraxEvent"));
    }

    @Test
    void givenAFileListedTwiceInOneImport_whenImported_thenItIsStoredOnce() {
        ImportReport report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv",
                "hittrax/jane-doe-2024-10-14.csv");

        assertEquals(48, fixture.count("HitTraxEvent"));
        assertEquals(report.importSessionId(), report.files().get(1).duplicateOf());
    }

    @Test
    void givenAFailedImport_whenTheFileIsImportedAgain_thenItIsNotTakenForADuplicate() {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "invalid/hittrax-bad-date.csv");

        ImportReport retry = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        assertEquals(48, retry.statistics().hittraxEvents());
        assertEquals(48, fixture.count("HitTraxEvent"));
    }
}
