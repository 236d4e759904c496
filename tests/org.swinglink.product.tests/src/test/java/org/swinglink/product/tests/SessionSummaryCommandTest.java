package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code swinglink sessions} and {@code sessions ID} count what an import brought as its rows stand
 * now: the real Blast export that names no player, given to a new player after the import.
 */
class SessionSummaryCommandTest {
    private static final String WHOOP = "whoopblast-swing-data-complete.csv";

    @TempDir
    Path work;

    private ProductRun swinglink(String... arguments) throws Exception {
        return ProductRun.onDatabaseInChicago(work, arguments);
    }

    @Test
    void givenSensorOnlySwingsAssignedAfterTheImport_thenSessionsAndTheImportsSummaryCountTheirPlayer() throws Exception {
        ProductRun imported = swinglink("import", "--bulk", ProductRun.fixture("blast/" + WHOOP).toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        Matcher importId = Pattern.compile("Import ([0-9a-f-]+) completed").matcher(imported.out());
        assertTrue(importId.find(), imported.toString());
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"swingId\": \"([0-9a-f-]+)\"").matcher(swinglink("unassigned", "--json").out());
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertEquals(3123, ids.size());

        List<String> assign = new ArrayList<>(List.of("assign", "--player", "Whoop Batter"));
        assign.addAll(ids);
        ProductRun assigned = swinglink(assign.toArray(String[]::new));
        assertEquals(0, assigned.exitCode(), assigned.toString());

        String row = swinglink("sessions").out().lines().filter(l -> l.contains(WHOOP)).findFirst().orElseThrow();
        assertTrue(row.matches(".*bulk\\s+completed\\s+blast\\s+" + WHOOP + "\\s+0\\s+3123\\s+0\\s+3123\\s+1\\s*"), row);
        ProductRun summary = swinglink("sessions", importId.group(1).substring(0, Math.min(8, importId.group(1).length())));
        assertEquals(0, summary.exitCode(), summary.toString());
        assertTrue(summary.out().contains("of " + WHOOP + ", "), summary.toString());
        assertTrue(summary.out().contains(
                "0 HitTrax events (0 paired, 0 unpaired), 3123 sensor swings (0 matched, 3123 unmatched), 1 player."),
                summary.toString());
        assertTrue(summary.out().matches("(?s).*Whoop Batter\\s+0\\s+3123\\s+0\\s+3123\\s+-\\s+-\\s+-\\s+-\\s+0\\s+0.*"), summary.toString());
    }
}
