package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.FilePreview;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportedBefore;
import org.swinglink.testing.Fixtures;

/** The import wizard's preview: what each file is and holds, with nothing stored. */
class PreviewTest extends DatabaseTest {

    @Test
    void givenAFolderOfMixedFiles_whenPreviewed_thenEachFileShowsItsSourceRowsAndPlayers() throws Exception {
        Path inbox = folder.resolve("inbox");
        Fixtures.copy("hittrax/cage-two-batters.csv", inbox);
        Fixtures.copy("paired/Metrics - Jane Doe.csv", inbox);
        Fixtures.copy("invalid/grocery-list.csv", inbox);

        Map<String, FilePreview> previews = fixture.importer.preview(List.of(inbox), ImportFixture.CHICAGO).stream()
                .collect(Collectors.toMap(FilePreview::fileName, p -> p));

        FilePreview cage = previews.get("inbox/cage-two-batters.csv");
        assertEquals("HitTrax", cage.sourceName());
        assertEquals(100, cage.confidence());
        assertEquals(40, cage.records());
        assertEquals(List.of("Maria Lopez", "Sam Park"), cage.players());
        assertEquals(Instant.parse("2024-10-16T23:00:00Z"), cage.first());
        assertNull(cage.problem());

        FilePreview blast = previews.get("inbox/Metrics - Jane Doe.csv");
        assertEquals("Blast Motion", blast.sourceName());
        assertEquals(47, blast.records());
        assertEquals(List.of("Jane Doe"), blast.players(), "from the file name");

        FilePreview grocery = previews.get("inbox/grocery-list.csv");
        assertNull(grocery.sourceName());
        assertTrue(grocery.problem().contains("no SwingLink source recognises this file"), grocery.problem());

        assertEquals(0, fixture.store.queries().importSessions().size(), "a preview stores nothing");
    }

    @Test
    void givenABadRow_whenPreviewed_thenItIsCounted() throws Exception {
        FilePreview preview = fixture.importer.preview(List.of(fixture.file("invalid/hittrax-bad-date.csv")),
                ImportFixture.CHICAGO).get(0);

        assertEquals(47, preview.records());
        assertEquals(1, preview.badRows());
        assertEquals("hittrax-bad-date.csv, line 7, column 3: Date: '10/44/2024 16:07:02.118' is not a date like 11/26/2018 16:08:24.883",
                preview.firstBadRow(), "named as the failed import would name it");
    }

    @Test
    void givenAFileStoredBeforeUnderAnotherName_whenPreviewedWithTheStore_thenTheImportThatStoredItIsNamed() throws Exception {
        ImportReport earlier = fixture.importBulk(fixture.file("hittrax/john-roe-2024-10-15.csv"));
        Path again = folder.resolve("again");
        Files.createDirectories(again);
        Files.copy(fixture.file("hittrax/john-roe-2024-10-15.csv"), again.resolve("renamed.csv"));
        Fixtures.copy("hittrax/cage-two-batters.csv", again);

        Map<String, FilePreview> previews = fixture.importer.preview(fixture.store, List.of(again), ImportFixture.CHICAGO)
                .stream().collect(Collectors.toMap(FilePreview::fileName, p -> p));

        ImportedBefore before = previews.get("again/renamed.csv").importedBefore();
        assertEquals(earlier.importSessionId(), before.importSessionId());
        assertEquals(List.of("john-roe-2024-10-15.csv"), before.fileNames());
        assertTrue(before.label(ZoneId.of("UTC")).matches("the import of \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\(john-roe-2024-10-15.csv\\)"),
                before.label(ZoneId.of("UTC")));
        assertNull(previews.get("again/cage-two-batters.csv").importedBefore());
        assertEquals(1, fixture.store.queries().importSessions().size(), "a preview stores nothing");
        List<ImportedBefore> hashedOnly = fixture.importer.importedBefore(fixture.store,
                List.of(again.resolve("cage-two-batters.csv"), again.resolve("renamed.csv")));
        assertEquals(Arrays.asList(null, before), hashedOnly, "the same answer without reading the rows");
    }
}
