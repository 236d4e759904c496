package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.export.MatchedSwingsCsv;
import org.swinglink.model.UserRole;

/** Matched swings as CSV: both sides, their own timestamps, and nothing a spreadsheet would execute. */
class ExportTest extends DatabaseTest {

    private List<String> export(String player) throws Exception {
        String id = fixture.store.queries().findUser(UserRole.PLAYER, player).orElseThrow().getId();
        StringWriter out = new StringWriter();
        new MatchedSwingsCsv(ZoneId.of("America/Chicago")).write(fixture.store.queries().matchedSwingsForPlayer(id), out);
        return out.toString().lines().toList();
    }

    @Test
    void givenMatchedSwings_whenExported_thenThereIsOneRowPerPairWithBothSides() throws Exception {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv");

        List<String> rows = export("Jane Doe");

        assertEquals(1 + 43, rows.size());
        assertTrue(rows.get(0).startsWith("player,hittrax_time,sensor_time,match_delta_ms,pairing,exit_velocity_mph"), rows.get(0));
        String first = rows.get(1);
        assertTrue(first.startsWith("Jane Doe,2024-10-14 16:02:11.415,2024-10-14 16:01:"), first);
        assertTrue(first.contains(",by time,65.5,"), first);
        assertTrue(first.contains(",65.5,38,182,12,2B-8,FB,49.1,13,blast,"), first);
    }

    @Test
    void givenAPlayerNameThatLooksLikeAFormula_whenExported_thenItIsNeutralised() throws Exception {
        ImportReport report = fixture.importForPlayer("=HYPERLINK(\"http://x\")", "hittrax/jane-doe-2024-10-14.csv",
                "paired/Metrics - Jane Doe.csv");
        assertEquals(43, report.statistics().matchedSwings());

        List<String> rows = export("=HYPERLINK(\"http://x\")");

        assertTrue(rows.get(1).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\","), rows.get(1));
    }
}
