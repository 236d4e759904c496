package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swinglink.product.tests.ProductRun.JANE_DOE_BLAST;
import static org.swinglink.product.tests.ProductRun.JANE_DOE_HITTRAX;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk import, unassigned swings, assignment and export, as a user runs them from the shell. */
class PairingCommandsTest {
    @TempDir
    Path work;

    private ProductRun swinglink(String... arguments) throws Exception {
        return ProductRun.onDatabaseInChicago(work, arguments);
    }

    @Test
    void givenASessionAndItsSwings_whenImportedInBulk_thenTheSummaryShowsThePairingAndTheExportHasEveryPair() throws Exception {
        Path folder = Files.createDirectories(work.resolve("exports"));
        Files.copy(ProductRun.fixture(JANE_DOE_HITTRAX), folder.resolve("jane-doe-2024-10-14.csv"));
        Files.copy(ProductRun.fixture(JANE_DOE_BLAST), folder.resolve("Metrics - Jane Doe.csv"));

        ProductRun imported = swinglink("import", "--bulk", folder.toString());

        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().matches("(?s).*Jane Doe\\s+48\\s+47\\s+43\\s+4\\s+\\+4[678]\\.\\d s \\(estimated\\).*"), imported.toString());
        assertTrue(imported.out().contains("completed: 48 HitTrax events, 47 sensor swings (43 matched, 4 unmatched), 1 player."),
                imported.toString());

        Path csv = work.resolve("jane.csv");
        ProductRun exported = swinglink("export", "--player", "jane doe", "-o", csv.toString());
        assertEquals(0, exported.exitCode(), exported.toString());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(44, rows.size());
        assertTrue(rows.get(1).startsWith("Jane Doe,2024-10-14 16:02:11.415,"), rows.get(1));
    }

    @Test
    void givenSwingsWithoutPlayer_whenAssignedFromTheCommandLine_thenTheyLeaveTheUnassignedListAndPair() throws Exception {
        Path anonymous = Files.copy(ProductRun.fixture(JANE_DOE_BLAST), work.resolve("swings.csv"));
        ProductRun imported = swinglink("import", "--bulk", ProductRun.fixture(JANE_DOE_HITTRAX).toString(), anonymous.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("Unassigned swings (47)"), imported.toString());

        ProductRun listed = swinglink("unassigned", "--json");
        assertEquals(0, listed.exitCode(), listed.toString());
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"swingId\": \"([0-9a-f-]+)\"").matcher(listed.out());
        while (id.find()) {
            ids.add(id.group(1).substring(0, Math.min(8, id.group(1).length())));
        }
        assertEquals(47, ids.size(), listed.toString());

        List<String> assign = new ArrayList<>(List.of("assign", "--player", "Jane Doe"));
        assign.addAll(ids);
        ProductRun assigned = swinglink(assign.toArray(String[]::new));
        assertEquals(0, assigned.exitCode(), assigned.toString());
        assertTrue(assigned.out().contains("Assigned 47 swings to Jane Doe; 43 now paired with a HitTrax event."), assigned.toString());

        ProductRun after = swinglink("unassigned");
        assertTrue(after.out().contains("No unassigned swings."), after.toString());
    }

    @Test
    void givenAnImportedFile_whenImportedAgain_thenTheSummarySaysItWasSkipped() throws Exception {
        swinglink("import", "--player", "Jane Doe", ProductRun.fixture(JANE_DOE_HITTRAX).toString());

        ProductRun again = swinglink("import", "--json", "--player", "Jane Doe", ProductRun.fixture(JANE_DOE_HITTRAX).toString());

        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().trim().startsWith("{"), again.toString());
        assertTrue(again.out().contains("\"status\": \"COMPLETED\""), again.toString());
        assertTrue(again.out().contains("\"duplicateOf\": \""), again.toString());
        assertTrue(again.out().contains("already imported (import "), again.toString());
    }

    @Test
    void givenAnUnknownSwing_whenAssigned_thenItExitsNonZeroWithTheReason() throws Exception {
        swinglink("import", "--player", "Jane Doe", ProductRun.fixture(JANE_DOE_HITTRAX).toString());

        ProductRun failed = swinglink("assign", "--player", "Jane Doe", "abcdef12");

        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.err().contains("Nothing assigned: no sensor swing has the id abcdef12"), failed.toString());
    }
}
