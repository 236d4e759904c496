package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.PlayerReport;
import org.swinglink.model.HitTraxSession;
import org.swinglink.model.ImportStatus;
import org.swinglink.model.ImportType;

/** Bulk imports of folders and ZIPs: players come from the files, not from the analyst. */
class BulkImportTest extends DatabaseTest {

    private Path folderWith(String name, String... fixtures) {
        Path target = folder.resolve(name);
        for (String f : fixtures) {
            org.swinglink.testing.Fixtures.copy(f, target);
        }
        return target;
    }

    private static Map<String, PlayerReport> byName(ImportReport report) {
        return report.players().stream().collect(Collectors.toMap(PlayerReport::playerName, p -> p));
    }

    @Test
    void givenAFolderOfHitTraxExports_whenImportedInBulk_thenEachBatterBecomesAPlayer() {
        Path season = folderWith("season", "hittrax/jane-doe-2024-10-14.csv", "hittrax/john-roe-2024-10-15.csv",
                "hittrax/cage-two-batters.csv");

        ImportReport report = fixture.importBulk(season);

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        Map<String, PlayerReport> players = byName(report);
        assertEquals(Map.of("Jane Doe", 48, "John Roe", 30, "Maria Lopez", 20, "Sam Park", 20),
                players.values().stream().collect(Collectors.toMap(PlayerReport::playerName, PlayerReport::hittraxEvents)));
        assertEquals(4, report.statistics().playersDetected());
        assertEquals(48 + 30 + 40, report.statistics().hittraxEvents());
        assertEquals(ImportType.BULK, fixture.store.queries().importSessions().get(0).getImportType());
    }

    @Test
    void givenOneFileWithTwoBatters_whenImportedInBulk_thenEachGetsTheirOwnHitTraxSession() {
        ImportReport report = fixture.importBulk(fixture.file("hittrax/cage-two-batters.csv"));

        List<HitTraxSession> sessions = fixture.store.queries().importSessionSummary(report.importSessionId()).orElseThrow()
                .hittraxSessions();
        assertEquals(2, sessions.size());
        assertEquals(List.of("Maria Lopez", "Sam Park"), sessions.stream().map(s -> s.getUser().getName()).sorted().toList());
    }

    @Test
    void givenAHitTraxFileNamingNoBatter_whenImportedInBulk_thenItsSessionHasNoPlayer() {
        ImportReport report = fixture.importBulk(fixture.file("hittrax/2018-with-sensor-columns.csv"));

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(0, report.statistics().playersDetected());
        HitTraxSession session = fixture.store.queries().importSessionSummary(report.importSessionId()).orElseThrow()
                .hittraxSessions().get(0);
        assertNull(session.getUser());
    }

    @Test
    void givenAZipOfExports_whenImportedInBulk_thenEveryEntryIsReadAndNamedByItsPlaceInTheZip() throws IOException {
        Path zip = zip("october.zip", Map.of("week1/jane-doe-2024-10-14.csv", "hittrax/jane-doe-2024-10-14.csv",
                "week1/john-roe-2024-10-15.csv", "hittrax/john-roe-2024-10-15.csv"));

        ImportReport report = fixture.importBulk(zip);

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(List.of("october.zip!/week1/jane-doe-2024-10-14.csv", "october.zip!/week1/john-roe-2024-10-15.csv"),
                report.files().stream().map(f -> f.fileName()).sorted().toList());
        assertEquals(78, fixture.count("HitTraxEvent"));
    }

    @Test
    void givenSomeFilesOfAZipAndAFolderChosen_whenImported_thenOnlyTheyAreReadAndArchived() throws IOException {
        Path zip = zip("october.zip", Map.of("week1/jane-doe-2024-10-14.csv", "hittrax/jane-doe-2024-10-14.csv",
                "week1/john-roe-2024-10-15.csv", "hittrax/john-roe-2024-10-15.csv"));
        Path inbox = folderWith("inbox", "hittrax/cage-two-batters.csv", "paired/Metrics - Jane Doe.csv");

        ImportReport report = fixture.importer.importFiles(fixture.store,
                ImportRequest.bulk(List.of(zip, inbox), ImportFixture.CHICAGO, "coach")
                        .withFiles(Set.of("october.zip!/week1/john-roe-2024-10-15.csv", "inbox/cage-two-batters.csv")));

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(List.of("inbox/cage-two-batters.csv", "october.zip!/week1/john-roe-2024-10-15.csv"),
                report.files().stream().map(f -> f.fileName()).sorted().toList());
        assertEquals(0, fixture.count("SensorSwing"), "the Blast file was left out");
        String importId = report.importSessionId();
        assertTrue(fixture.store.queries().originalFile(importId, "inbox/cage-two-batters.csv").isPresent());
        assertTrue(fixture.store.queries().originalFile(importId, "october.zip!/week1/john-roe-2024-10-15.csv").isPresent());
        assertTrue(fixture.store.queries().originalFile(importId, "inbox/Metrics - Jane Doe.csv").isEmpty(),
                "left-out files are not kept");
        assertFalse(Files.exists(fixture.store.folder().workDirectory(importId)), "the working copies are gone");
    }

    @Test
    void givenAZipEntryClimbingOutOfTheArchive_whenImported_thenTheZipIsRefusedAndNothingStored() throws IOException {
        Path zip = zip("evil.zip", Map.of("../../outside.csv", "hittrax/jane-doe-2024-10-14.csv"));

        ImportReport report = fixture.importBulk(zip);

        assertEquals(ImportStatus.FAILED, report.status());
        assertTrue(report.errorMessage().contains("evil.zip: entry '../../outside.csv' points outside the archive"),
                report.errorMessage());
        assertEquals(0, fixture.count("HitTraxEvent"));
        try (var files = Files.walk(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("outside.csv")));
        }
    }

    @Test
    void givenABadRowInABulkImport_whenImported_thenTheRowIsReportedAndTheRestIsStored() {
        ImportReport report = fixture.importBulk(fixture.file("invalid/hittrax-bad-date.csv"),
                fixture.file("hittrax/john-roe-2024-10-15.csv"));

        assertEquals(ImportStatus.COMPLETED, report.status(), report.errorMessage());
        assertEquals(47 + 30, fixture.count("HitTraxEvent"));
        assertTrue(report.warnings().get(0).contains("hittrax-bad-date.csv, line 7, column 3"), report.warnings().toString());
        String stored = fixture.store.queries().importSessions().get(0).getWarnings();
        assertTrue(stored.contains("hittrax-bad-date.csv: 1 row cannot be read"), stored);
        assertEquals(1, report.files().stream().filter(f -> f.fileName().equals("hittrax-bad-date.csv")).findFirst()
                .orElseThrow().skippedRows());
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path zip = folder.resolve(name);
        Path staging = folder.resolve("staging");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(entry.getKey()));
                zipOut.write(Files.readAllBytes(org.swinglink.testing.Fixtures.copy(entry.getValue(), staging)));
                zipOut.closeEntry();
            }
        }
        return zip;
    }
}
