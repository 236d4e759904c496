package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.SwingEdits;
import org.swinglink.importer.SwingState;
import org.swinglink.model.ImportPlayer;
import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatistics;
import org.swinglink.model.SensorSwing;

/**
 * An import's figures (its statistics and what each player got from it) stay true after every
 * analyst edit: assigning swings, pairing and unpairing by hand, undo, and later imports pairing
 * with its rows.
 */
class ImportFiguresTest extends DatabaseTest {
    private static final String WHOOP = "blast/whoopblast-swing-data-complete.csv";

    private ImportSession session(String importId) {
        return fixture.store.queries().importSessions().stream().filter(s -> s.getId().equals(importId)).findFirst()
                .orElseThrow();
    }

    private ImportStatistics statistics(String importId) {
        return session(importId).getStatistics();
    }

    /** Player name, events, swings, matched, per player row of the import. */
    private List<String> players(String importId) {
        return fixture.store.queries().importPlayers(importId).stream()
                .map(p -> p.getPlayer().getName() + " " + p.getHittraxEvents() + " " + p.getSensorSwings() + " "
                        + p.getMatchedSwings())
                .toList();
    }

    /** Gives every swing of the import to {@code player}, as the desk does; returns their states before, for undo. */
    private List<SwingState> assignAll(SwingEdits edits, String importId, String player) throws Exception {
        List<String> ids = swingIds(importId);
        List<SwingState> before = edits.states(ids);
        fixture.importer.assign(fixture.store, ids, player, "coach", MatchSettings.automatic());
        return before;
    }

    private List<String> swingIds(String importId) {
        return fixture.store.read(em -> em.createQuery("SELECT s.id FROM SensorSwing s WHERE s.importSession.id = :id",
                String.class).setParameter("id", importId).getResultList());
    }

    private SensorSwing swingAtLine(long line) {
        return fixture.store.read(em -> em.createQuery("SELECT s FROM SensorSwing s WHERE s.sourceLine = :l", SensorSwing.class)
                .setParameter("l", line).getSingleResult());
    }

    @Test
    void givenSensorOnlySwingsWithoutPlayer_whenAllAreAssignedToANewPlayer_thenTheImportCountsThatPlayerUntilUndone()
            throws Exception {
        ImportReport whoop = fixture.importBulk(fixture.file(WHOOP));
        assertTrue(whoop.succeeded(), whoop.errorMessage());
        String id = whoop.importSessionId();
        assertEquals(new ImportStatistics(3123, 0, 3123, 0, 0), statistics(id));
        SwingEdits edits = new SwingEdits(fixture.store);
        List<SwingState> before = assignAll(edits, id, "Whoop Batter");

        assertEquals(new ImportStatistics(3123, 0, 3123, 1, 0), statistics(id));
        assertEquals(List.of("Whoop Batter 0 3123 0"), players(id));

        List<SwingState> redo = edits.restore(before);
        assertEquals(new ImportStatistics(3123, 0, 3123, 0, 0), statistics(id));
        assertEquals(List.of(), players(id));

        edits.restore(redo);
        assertEquals(new ImportStatistics(3123, 0, 3123, 1, 0), statistics(id));
        assertEquals(List.of("Whoop Batter 0 3123 0"), players(id));
    }

    @Test
    void givenABulkImportWhoseSwingsNameNoPlayer_whenAssignedToTheBatter_thenTheImportCountsThePairsUntilUndone()
            throws Exception {
        ImportReport bulk = fixture.importBulk(fixture.file("hittrax/jane-doe-2024-10-14.csv"),
                fixture.file("paired/Metrics - Jane Doe.csv", "swings.csv"));
        assertTrue(bulk.succeeded(), bulk.errorMessage());
        String id = bulk.importSessionId();
        assertEquals(new ImportStatistics(47, 0, 47, 1, 48), statistics(id));
        assertEquals(List.of("Jane Doe 48 0 0"), players(id));
        SwingEdits edits = new SwingEdits(fixture.store);
        List<SwingState> before = assignAll(edits, id, "Jane Doe");

        assertEquals(new ImportStatistics(47, 43, 4, 1, 48), statistics(id));
        assertEquals(List.of("Jane Doe 48 47 43"), players(id));
        ImportPlayer janeDoe = fixture.store.queries().importPlayers(id).get(0);
        assertEquals(43, janeDoe.getPairedEvents(), "the events' side of the pairs");
        assertEquals(43, session(id).getPairedEvents());
        assertTrue(janeDoe.getClockOffsetMillis() != null && Math.abs(janeDoe.getClockOffsetMillis() - 47_300) < 1_000,
                "the offset that paired the swings given later: " + janeDoe.getClockOffsetMillis());

        edits.restore(before);
        assertEquals(new ImportStatistics(47, 0, 47, 1, 48), statistics(id));
        assertEquals(List.of("Jane Doe 48 0 0"), players(id));
        assertEquals(0, session(id).getPairedEvents());
    }

    @Test
    void givenAPairedImport_whenASwingIsUnpairedAndPairedByHand_thenTheImportsMatchedCountFollowsAndUndoRestoresIt()
            throws Exception {
        ImportReport jane = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv",
                "paired/Metrics - Jane Doe.csv");
        String id = jane.importSessionId();
        assertEquals(new ImportStatistics(47, 43, 4, 1, 48), statistics(id));
        SwingEdits edits = new SwingEdits(fixture.store);
        SensorSwing paired = swingAtLine(48);
        String eventId = paired.getHittraxEvent().getId();

        List<SwingState> unpaired = edits.unpair(List.of(paired.getId()));
        assertEquals(new ImportStatistics(47, 42, 5, 1, 48), statistics(id));
        assertEquals(List.of("Jane Doe 48 47 42"), players(id));

        SensorSwing dry = fixture.store.read(em -> em.createQuery(
                "SELECT s FROM SensorSwing s WHERE s.hittraxEvent IS NULL AND s.id <> :id", SensorSwing.class)
                .setParameter("id", paired.getId()).setMaxResults(1).getSingleResult());
        List<SwingState> pairedByHand = edits.pair(dry.getId(), eventId, "coach", false);
        assertEquals(new ImportStatistics(47, 43, 4, 1, 48), statistics(id));

        edits.restore(pairedByHand);
        assertEquals(new ImportStatistics(47, 42, 5, 1, 48), statistics(id));
        edits.restore(unpaired);
        assertEquals(new ImportStatistics(47, 43, 4, 1, 48), statistics(id));
        assertEquals(List.of("Jane Doe 48 47 43"), players(id));
    }

    @Test
    void givenSwingsImportedFirst_whenTheirHitTraxSessionIsImportedLater_thenTheEarlierImportCountsItsSwingsPaired() {
        ImportReport swings = fixture.importForPlayer("Jane Doe", "paired/Metrics - Jane Doe.csv");
        assertEquals(new ImportStatistics(47, 0, 47, 1, 0), statistics(swings.importSessionId()));

        ImportReport hittrax = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");

        assertEquals(new ImportStatistics(0, 0, 0, 1, 48), statistics(hittrax.importSessionId()));
        assertEquals(43, session(hittrax.importSessionId()).getPairedEvents());
        assertEquals(43, hittrax.players().get(0).pairedEvents());
        assertEquals(new ImportStatistics(47, 43, 4, 1, 0), statistics(swings.importSessionId()));
        assertEquals(List.of("Jane Doe 0 47 43"), players(swings.importSessionId()));
    }

    @Test
    void givenAPlayersSwingsFromAnExportNamedAfterThem_whenImportedInBulk_thenTheSummaryCountsThemForThatPlayer() {
        ImportReport kiser = fixture.importBulk(fixture.file("blast/Metrics - Klayton Kiser.csv"));
        assertTrue(kiser.succeeded(), kiser.errorMessage());

        assertEquals(new ImportStatistics(91, 0, 91, 1, 0), statistics(kiser.importSessionId()));
        assertEquals(List.of("Klayton Kiser 0 91 0"), players(kiser.importSessionId()));
    }

    @Test
    void givenAssignedSwings_whenTakenBackFromTheirPlayer_thenTheImportNoLongerCountsThemForThePlayer() {
        ImportReport jane = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv",
                "paired/Metrics - Jane Doe.csv");
        String id = jane.importSessionId();
        SwingEdits edits = new SwingEdits(fixture.store);

        List<SwingState> before = edits.unassign(swingIds(id));

        assertEquals(new ImportStatistics(47, 0, 47, 1, 48), statistics(id));
        assertEquals(List.of("Jane Doe 48 0 0"), players(id));
        edits.restore(before);
        assertEquals(new ImportStatistics(47, 43, 4, 1, 48), statistics(id));
    }

    @Test
    void givenFiguresAnOlderSwingLinkLeftStale_whenTheDatabaseIsOpenedByThisOne_thenTheyAreRecountedOnce() throws Exception {
        ImportReport whoop = fixture.importBulk(fixture.file(WHOOP));
        String id = whoop.importSessionId();
        fixture.importer.assign(fixture.store, swingIds(id), "Whoop Batter", "coach", MatchSettings.automatic());
        fixture.store.runInTransaction(em -> {
            em.createNativeQuery("UPDATE import_sessions SET players_detected = 0, paired_events = NULL").executeUpdate();
            em.createNativeQuery("DELETE FROM import_players").executeUpdate();
            em.createNativeQuery("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('swinglink.schema.stamp', 'older')")
                    .executeUpdate();
        });
        assertEquals(0, statistics(id).playersDetected());

        fixture.close();
        fixture = new ImportFixture(folder);

        assertEquals(new ImportStatistics(3123, 0, 3123, 1, 0), statistics(id));
        assertEquals(List.of("Whoop Batter 0 3123 0"), players(id));
        assertTrue(session(id).isPairedEventsCounted());
    }
}
