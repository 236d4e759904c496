package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.FilePreview;
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
    }
}
