package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportReport;
import org.swinglink.model.ImportFileNames;
import org.swinglink.model.ImportSession;

/** Imports are named by their files as the analyst gave them: a ZIP or a folder stands for its files. */
class ImportFileNamesTest extends DatabaseTest {

    private String labelOf(ImportReport report) {
        ImportSession session = fixture.store.queries().findImportSession(report.importSessionId()).orElseThrow();
        return ImportFileNames.label(session.getFileNames());
    }

    @Test
    void givenTwoFilesOfOnePlayer_thenTheImportIsNamedByBoth() {
        ImportReport jane = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv");

        assertEquals("jane-doe-2024-10-14.csv, Metrics - Jane Doe.csv", labelOf(jane));
    }

    @Test
    void givenAZipAndAFolder_thenEachStandsForTheFilesReadFromIt() throws Exception {
        Path zip = folder.resolve("october.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String fixtureName : List.of("hittrax/jane-doe-2024-10-14.csv", "hittrax/john-roe-2024-10-15.csv")) {
                out.putNextEntry(new ZipEntry(Path.of(fixtureName).getFileName().toString()));
                out.write(Files.readAllBytes(fixture.file(fixtureName)));
                out.closeEntry();
            }
        }
        Path exports = Files.createDirectories(folder.resolve("exports"));
        Files.copy(fixture.file("blast/Metrics - Klayton Kiser.csv"), exports.resolve("Metrics - Klayton Kiser.csv"));
        Files.copy(fixture.file("dk/display-names.csv"), exports.resolve("display-names.csv"));

        ImportReport bulk = fixture.importBulk(zip, exports);

        assertTrue(bulk.succeeded(), bulk.errorMessage());
        assertEquals("october.zip (2 files), exports/ (2 files)", labelOf(bulk));
    }

    @Test
    void givenManyFilesGivenOneByOne_thenTheNameSaysHowManyMore() {
        assertEquals("a.csv, b.csv, c.csv, d.csv and 2 more",
                ImportFileNames.label(List.of("a.csv", "b.csv", "c.csv", "d.csv", "e.csv", "f.csv")));
        assertEquals("one.zip!/only.csv", ImportFileNames.label(List.of("one.zip!/only.csv")));
        assertEquals("(no files)", ImportFileNames.label(List.of()));
    }
}
