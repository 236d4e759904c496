package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.PlayerEdits;
import org.swinglink.importer.PlayerMerge;
import org.swinglink.importer.PlayerRecord;
import org.swinglink.importer.SwingEdits;
import org.swinglink.importer.SwingSnapshot;
import org.swinglink.model.ImportPlayer;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.store.PlayerHoldings;
import org.swinglink.testing.Fixtures;

/** Players are renamed, merged (and un-merged) and deleted; an undone assignment takes its new player away. */
class PlayerEditsTest extends DatabaseTest {
    private PlayerEdits edits;

    @BeforeEach
    void createEdits() {
        edits = new PlayerEdits(fixture.store);
    }

    /** Jane's HitTrax session under her name, her Blast swings under another spelling: nothing pairs. */
    private void importJaneUnderTwoNames() {
        assertTrue(fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv").succeeded());
        assertTrue(fixture.importForPlayer("Janie Doe", "paired/Metrics - Jane Doe.csv").succeeded());
    }

    private Optional<User> player(String name) {
        return fixture.store.queries().findUser(UserRole.PLAYER, name);
    }

    private PlayerHoldings holdings(String name) {
        return fixture.store.queries().playerHoldings().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every sensor swing by source line: its player's name and its event's source line (or -1). */
    private Map<Long, String> swingsByLine() {
        return fixture.store.read(em -> {
            Map<Long, String> swings = new TreeMap<>();
            for (SensorSwing s : em.createQuery("SELECT s FROM SensorSwing s", SensorSwing.class).getResultList()) {
                swings.put(s.getSourceLine(), (s.getUser() == null ? "-" : s.getUser().getName() + "/" + s.getUser().getId())
                        + " " + (s.getHittraxEvent() == null ? -1 : s.getHittraxEvent().getSourceLine())
                        + " " + s.getMatchTimeDelta());
            }
            return swings;
        });
    }

    @Test
    void givenPlayers_whenListed_thenEachShowsWhatTheyHoldIncludingSensorOnlyPlayers() {
        importJaneUnderTwoNames();

        PlayerHoldings jane = holdings("Jane Doe");
        PlayerHoldings janie = holdings("Janie Doe");

        assertEquals(List.of(48L, 0L, 0L), List.of(jane.hittraxEvents(), jane.sensorSwings(), jane.pairedSwings()));
        assertEquals(List.of(0L, 47L, 0L), List.of(janie.hittraxEvents(), janie.sensorSwings(), janie.pairedSwings()));
        assertTrue(janie.firstActivity().isBefore(janie.lastActivity()));
        assertEquals(1, janie.importRecords());
    }

    @Test
    void givenAPlayer_whenRenamedAndRenamedBack_thenTheNewNameIsStoredThenTheOld() throws Exception {
        importJaneUnderTwoNames();
        String id = player("Janie Doe").orElseThrow().getId();

        PlayerRecord before = edits.rename("janie DOE", "Jane Smith");

        assertEquals("Janie Doe", before.name());
        assertEquals(id, player("Jane Smith").orElseThrow().getId());
        assertTrue(player("Janie Doe").isEmpty());
        assertEquals(47, holdings("Jane Smith").sensorSwings());
        edits.rename("Jane Smith", before.name());
        assertEquals(id, player("Janie Doe").orElseThrow().getId());
    }

    @Test
    void givenTwoPlayers_whenOneIsRenamedToTheOthersName_thenItIsRefusedWithMergeSuggested() {
        importJaneUnderTwoNames();

        ImportException e = assertThrows(ImportException.class, () -> edits.rename("Janie Doe", "DOE, jane"));

        assertEquals("Another player is already called Jane Doe; to make them one player, merge Janie Doe into Jane Doe"
                + " (use merge)", e.getMessage());
        assertTrue(player("Janie Doe").isPresent());
    }

    @Test
    void givenTwoSpellingsOfOnePlayer_whenMerged_thenEverythingMovesAndTheSwingsPairAsOneImportWouldPairThem()
            throws Exception {
        importJaneUnderTwoNames();
        String janieId = player("Janie Doe").orElseThrow().getId();

        PlayerMerge merge = edits.merge("Janie Doe", "Jane Doe", MatchSettings.automatic());

        assertTrue(player("Janie Doe").isEmpty(), "the merged player is gone");
        assertEquals(janieId, merge.merged().id());
        assertEquals(47, merge.swingsMoved());
        assertEquals(43, merge.newPairs(), "the 43 true pairs of the truth file");
        PlayerHoldings jane = holdings("Jane Doe");
        assertEquals(List.of(48L, 47L, 43L, 2L), List.of(jane.hittraxEvents(), jane.sensorSwings(), jane.pairedSwings(),
                jane.importRecords()));
        Map<Long, String> swings = swingsByLine();
        for (String truth : Files.readAllLines(fixture.file("paired/jane-doe-2024-10-14.truth.csv")).subList(1, 44)) {
            String[] lines = truth.split(",");
            String swing = swings.get(Long.parseLong(lines[1]));
            assertTrue(swing.startsWith("Jane Doe/") && swing.contains(" " + lines[0] + " "),
                    "Blast line " + lines[1] + " pairs with HitTrax line " + lines[0] + ": " + swing);
        }
    }

    @Test
    void givenAMerge_whenUndone_thenThePlayerTheirRowsAndEveryPairAreBackExactly() throws Exception {
        importJaneUnderTwoNames();
        Map<Long, String> before = swingsByLine();
        List<PlayerHoldings> holdingsBefore = fixture.store.queries().playerHoldings();
        List<String> recordsBefore = importRecords();

        PlayerMerge merge = edits.merge("Janie Doe", "Jane Doe", MatchSettings.automatic());
        edits.undoMerge(merge);

        assertEquals(before, swingsByLine());
        assertEquals(holdingsBefore, fixture.store.queries().playerHoldings());
        assertEquals(recordsBefore, importRecords());
        assertEquals(merge.merged(), PlayerRecord(player("Janie Doe").orElseThrow()));

        PlayerMerge again = edits.merge("Janie Doe", "Jane Doe", MatchSettings.automatic()); // redo
        assertEquals(43, again.newPairs());
    }

    @Test
    void givenOneImportNamingBothSpellings_whenMerged_thenTheImportKeepsOneRecordWithBothCountsUntilUndone()
            throws Exception {
        ImportReport report = importJaneDoeWithHerSwingsIn("Metrics - Janie Doe.csv");
        assertEquals(2, fixture.store.queries().importPlayers(report.importSessionId()).size(), "Jane's events, Janie's swings");
        List<String> recordsBefore = importRecords();

        PlayerMerge merge = edits.merge("Janie Doe", "Jane Doe", MatchSettings.automatic());

        List<ImportPlayer> records = fixture.store.queries().importPlayers(report.importSessionId());
        assertEquals(1, records.size());
        assertEquals(List.of("Jane Doe", 48, 47, 43), List.of(records.get(0).getPlayer().getName(),
                records.get(0).getHittraxEvents(), records.get(0).getSensorSwings(), records.get(0).getMatchedSwings()));
        edits.undoMerge(merge);
        assertEquals(recordsBefore, importRecords());
    }

    @Test
    void givenAnEmptyPlayer_whenDeleted_thenItIsGoneUntilTheDeleteIsUndone() throws Exception {
        importJaneUnderTwoNames();
        fixture.store.runInTransaction(em -> em.persist(new User("Jon Roe", UserRole.PLAYER)));

        PlayerRecord deleted = edits.delete("jon roe");

        assertEquals("Jon Roe", deleted.name());
        assertTrue(player("Jon Roe").isEmpty());
        edits.undoDelete(deleted);
        assertEquals(deleted.id(), player("Jon Roe").orElseThrow().getId());
    }

    @Test
    void givenAPlayerWithSwings_whenDeleted_thenItIsRefusedNamingWhatTheyHold() {
        importJaneUnderTwoNames();

        ImportException e = assertThrows(ImportException.class, () -> edits.delete("Janie Doe"));

        assertEquals("Janie Doe still holds 47 sensor swings (0 paired) and 1 import naming them; only a player who holds"
                + " nothing can be deleted (merge them into another player instead)", e.getMessage());
        assertEquals(47, holdings("Janie Doe").sensorSwings());
    }

    @Test
    void givenUnknownNames_whenEdited_thenTheRefusalNamesThem() {
        importJaneUnderTwoNames();

        assertEquals("No player is called 'Nobody'",
                assertThrows(ImportException.class, () -> edits.merge("Nobody", "Jane Doe", MatchSettings.automatic())).getMessage());
        assertEquals("'jane doe' and 'Doe, Jane' are the same player, Jane Doe",
                assertThrows(ImportException.class, () -> edits.merge("jane doe", "Doe, Jane", MatchSettings.automatic()))
                        .getMessage());
        assertEquals("' ' is not a player name", assertThrows(ImportException.class, () -> edits.rename("Jane Doe", " "))
                .getMessage());
    }

    @Test
    void givenUnassignedSwings_whenAssignedToANewPlayerAndUndone_thenNoPlayerIsLeftAndRedoBringsTheSamePlayerBack()
            throws Exception {
        ImportReport report = importJaneDoeWithHerSwingsIn("swings.csv");
        assertEquals(47, report.unassigned().size());
        List<String> ids = fixture.store.queries().unassignedSensorSwings().stream().map(SensorSwing::getId).toList();
        SwingEdits swings = new SwingEdits(fixture.store);

        SwingSnapshot before = swings.assign(ids, "Newcomer", "coach", MatchSettings.automatic());
        String newcomer = player("Newcomer").orElseThrow().getId();
        SwingSnapshot redo = swings.restore(before);

        assertTrue(player("Newcomer").isEmpty(), "the player the assignment created is gone with it");
        assertEquals(47, fixture.store.queries().unassignedSensorSwings().size());
        swings.restore(redo);
        assertEquals(newcomer, player("Newcomer").orElseThrow().getId());
        assertEquals(47, holdings("Newcomer").sensorSwings());
    }

    @Test
    void givenAnExistingPlayer_whenSwingsAreAssignedAndUndone_thenThePlayerStays() throws Exception {
        importJaneDoeWithHerSwingsIn("swings.csv");
        fixture.store.runInTransaction(em -> em.persist(new User("Jon Roe", UserRole.PLAYER)));
        List<String> ids = fixture.store.queries().unassignedSensorSwings().stream().map(SensorSwing::getId).toList();
        SwingEdits swings = new SwingEdits(fixture.store);

        swings.restore(swings.assign(ids.subList(0, 3), "Jon Roe", "coach", MatchSettings.automatic()));

        assertTrue(player("Jon Roe").isPresent(), "a player the assignment found is not the assignment's to remove");
        assertFalse(player("Jane Doe").isEmpty());
        assertNull(holdings("Jon Roe").firstActivity());
    }

    private List<String> importRecords() {
        return fixture.store.read(em -> em.createQuery(
                """
                SELECT p.id, p.importSession.id, p.player.id, p.hittraxEvents, p.sensorSwings, p.matchedSwings,
                       p.clockOffsetMillis, p.offsetEstimated, p.offsetSupport, p.toleranceMillis
                FROM ImportPlayer p ORDER BY p.id""", Object[].class)
                .getResultStream().map(java.util.Arrays::toString).toList());
    }

    private static PlayerRecord PlayerRecord(User user) {
        return new PlayerRecord(user.getId(), user.getName(), user.getCreatedAt());
    }

    /** Jane Doe's HitTrax session and her Blast swings in a file of this name, in one bulk import. */
    private ImportReport importJaneDoeWithHerSwingsIn(String blastFileName) {
        Path input = folder.resolve("bulk");
        return fixture.importBulk(Fixtures.copy("hittrax/jane-doe-2024-10-14.csv", input),
                Fixtures.copyAs("paired/Metrics - Jane Doe.csv", input, blastFileName));
    }
}
