package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.swinglink.export.MatchedSwingsCsv;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.SwingEdits;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing.SwingMetric;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.UserRole;

/** Matched swings as CSV: both sides, their own timestamps, and nothing a spreadsheet would execute. */
class ExportTest extends DatabaseTest {

    private String playerId(String player) {
        return fixture.store.queries().findUser(UserRole.PLAYER, player).orElseThrow().getId();
    }

    private List<String> export(String player) throws Exception {
        String id = playerId(player);
        return csv(each -> fixture.store.queries().eachMatchedSwingOfPlayer(id, each));
    }

    private List<String> exportImport(String importId) throws Exception {
        return csv(each -> fixture.store.queries().eachMatchedSwingOfImport(importId, each));
    }

    static List<String> csv(MatchedSwingsCsv.Rows rows) throws Exception {
        StringWriter out = new StringWriter();
        long written = new MatchedSwingsCsv(ZoneId.of("America/Chicago")).write(rows, out);
        List<String> lines = out.toString().lines().toList();
        assertEquals(written, lines.size() - 1, "the count returned is the rows written");
        return lines;
    }

    /** The export's ids column pair: event id and swing id of each row. */
    private static List<String> eventAndSwingIds(List<String> rows) {
        return rows.stream().skip(1).map(row -> {
            String[] cells = row.split(",");
            return cells[cells.length - 2] + " " + cells[cells.length - 1];
        }).toList();
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
    void givenBlastSwings_whenExported_thenEachRowHasItsSwingsOnPlaneEfficiencyInPercent() throws Exception {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv");

        List<String> rows = export("Jane Doe");

        assertTrue(rows.get(0).contains(",blast_factor,rotation_metric,on_plane_efficiency_pct,hittrax_file_line,"),
                rows.get(0));
        assertOnPlaneEfficiencyAsStored(fixture, rows);
    }

    /** Each exported row's On Plane Efficiency is its swing's as stored: a percentage the Blast file gave, never empty. */
    static void assertOnPlaneEfficiencyAsStored(ImportFixture fixture, List<String> rows) {
        int column = List.of(rows.get(0).split(",")).indexOf("on_plane_efficiency_pct");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            SensorSwing swing = fixture.store.read(em -> em.find(SensorSwing.class, cells[cells.length - 1]));
            Double stored = swing.get(SwingMetric.ON_PLANE_EFFICIENCY);
            assertTrue(stored != null && stored > 1 && stored <= 100, "a percentage: " + stored);
            assertEquals(stored, Double.valueOf(cells[column]), row);
        }
    }

    @Test
    void givenAPlayerNameThatLooksLikeAFormula_whenExported_thenItIsNeutralised() throws Exception {
        ImportReport report = fixture.importForPlayer("=HYPERLINK(\"http://x\")", "hittrax/jane-doe-2024-10-14.csv",
                "paired/Metrics - Jane Doe.csv");
        assertEquals(43, report.statistics().matchedSwings());

        List<String> rows = export("=HYPERLINK(\"http://x\")");

        assertTrue(rows.get(1).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\","), rows.get(1));
    }

    @Test
    void givenAPlayersPairs_whenExported_thenTheRowsAreThoseOfTheMatchedSwingsQueryInItsOrder() throws Exception {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv");

        List<String> rows = export("Jane Doe");

        List<HitTraxEvent> matched = fixture.store.queries().matchedSwingsForPlayer(playerId("Jane Doe"));
        assertEquals(matched.stream().map(e -> e.getId() + " " + e.getSensorSwing().getId()).toList(), eventAndSwingIds(rows));
    }

    @Test
    void givenASwingPairedByHandWithAnotherBattersBall_whenExported_thenItCountsForTheBatterAndForBothImports() throws Exception {
        ImportReport jane = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv");
        ImportReport john = fixture.importForPlayer("John Roe", "hittrax/john-roe-2024-10-15.csv");
        SensorSwing dry = fixture.store.read(em -> em.createQuery(
                "SELECT s FROM SensorSwing s WHERE s.hittraxEvent IS NULL", SensorSwing.class).setMaxResults(1).getSingleResult());
        HitTraxEvent johns = fixture.store.read(em -> em.createQuery(
                "SELECT e FROM HitTraxEvent e WHERE e.session.user.name = 'John Roe' ORDER BY e.eventTimestamp", HitTraxEvent.class)
                .setMaxResults(1).getSingleResult());
        new SwingEdits(fixture.store).pair(dry.getId(), johns.getId(), "coach", true);
        String handPair = johns.getId() + " " + dry.getId();

        List<String> ofJohn = export("John Roe");
        List<String> ofJane = export("Jane Doe");

        assertEquals(List.of(handPair), eventAndSwingIds(ofJohn), "going by the ball's batter");
        assertTrue(ofJohn.get(1).startsWith("John Roe,") && ofJohn.get(1).contains(",by analyst,"), ofJohn.get(1));
        assertEquals(43, ofJane.size() - 1);
        assertTrue(exportImport(john.importSessionId()).get(1).startsWith("John Roe,"), "the ball came from John's import");
        List<String> ofJanesImport = exportImport(jane.importSessionId());
        assertEquals(44, ofJanesImport.size() - 1, "the swing came from Jane's import");
        assertTrue(eventAndSwingIds(ofJanesImport).contains(handPair));
    }

    @Test
    void givenBallsAndSwingsImportedApart_whenEitherImportIsExported_thenBothHaveThePairs() throws Exception {
        ImportReport balls = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");
        ImportReport swings = fixture.importForPlayer("Jane Doe", "paired/Metrics - Jane Doe.csv");

        List<String> ofBalls = exportImport(balls.importSessionId());
        List<String> ofSwings = exportImport(swings.importSessionId());

        assertEquals(43, ofBalls.size() - 1);
        assertEquals(ofBalls, ofSwings);
        assertEquals(export("Jane Doe"), ofBalls);
    }
}
