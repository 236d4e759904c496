package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.SwingEdits;
import org.swinglink.importer.SwingState;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;

/** An analyst's corrections are saved at once and can be undone and redone. */
class SwingEditsTest extends DatabaseTest {
    private SwingEdits edits;

    @BeforeEach
    void importPairedSession() {
        fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv");
        edits = new SwingEdits(fixture.store);
    }

    private SensorSwing swingAtLine(long line) {
        return fixture.store.read(em -> em.createQuery("SELECT s FROM SensorSwing s WHERE s.sourceLine = :l", SensorSwing.class)
                .setParameter("l", line).getSingleResult());
    }

    private HitTraxEvent eventAtLine(long line) {
        return fixture.store.read(em -> em.createQuery("SELECT e FROM HitTraxEvent e WHERE e.sourceLine = :l", HitTraxEvent.class)
                .setParameter("l", line).getSingleResult());
    }

    @Test
    void givenAPairedSwing_whenUnpairedAndUndone_thenThePairIsBack() {
        SensorSwing paired = swingAtLine(48); // pairs with HitTrax line 4 (truth file)
        String eventId = paired.getHittraxEvent().getId();

        List<SwingState> before = edits.unpair(List.of(paired.getId()));

        assertNull(swingAtLine(48).getHittraxEvent());
        edits.restore(before);
        assertEquals(eventId, swingAtLine(48).getHittraxEvent().getId());
        assertEquals(paired.getMatchTimeDelta(), swingAtLine(48).getMatchTimeDelta());
    }

    @Test
    void givenAnEventPairedElsewhere_whenPairedByHand_thenTheOtherSwingIsUnpairedAndUndoRestoresBoth() throws Exception {
        SensorSwing dry = fixture.store.read(em -> em.createQuery(
                "SELECT s FROM SensorSwing s WHERE s.hittraxEvent IS NULL", SensorSwing.class).setMaxResults(1).getSingleResult());
        HitTraxEvent line4 = eventAtLine(4);

        List<SwingState> before = edits.pair(dry.getId(), line4.getId(), "coach", true);

        assertEquals(line4.getId(), swingAtLine(dry.getSourceLine()).getHittraxEvent().getId());
        assertNull(swingAtLine(48).getHittraxEvent(), "an event has one swing at most");

        List<SwingState> redo = edits.restore(before);
        assertNull(swingAtLine(dry.getSourceLine()).getHittraxEvent());
        assertEquals(line4.getId(), swingAtLine(48).getHittraxEvent().getId());

        edits.restore(redo);
        assertEquals(line4.getId(), swingAtLine(dry.getSourceLine()).getHittraxEvent().getId());
    }

    @Test
    void givenAnEventPairedElsewhere_whenPairedWithoutAgreeingToReplace_thenItIsRefusedAndBothPairsStay() {
        SensorSwing dry = fixture.store.read(em -> em.createQuery(
                "SELECT s FROM SensorSwing s WHERE s.hittraxEvent IS NULL", SensorSwing.class).setMaxResults(1).getSingleResult());
        HitTraxEvent line4 = eventAtLine(4);
        String pairedWithLine4 = swingAtLine(48).getId();

        ImportException e = assertThrows(ImportException.class, () -> edits.pair(dry.getId(), line4.getId(), "coach", false));

        assertTrue(e.getMessage().contains("already paired with swing " + pairedWithLine4), e.getMessage());
        assertEquals(line4.getId(), swingAtLine(48).getHittraxEvent().getId());
        assertNull(swingAtLine(dry.getSourceLine()).getHittraxEvent());
    }

    @Test
    void givenAPairedSwing_whenPairedWithAnotherEventWithoutAgreeingToReplace_thenItIsRefused() {
        SensorSwing paired = swingAtLine(48);
        String otherEvent = fixture.store.read(em -> em.createQuery(
                "SELECT e.id FROM HitTraxEvent e WHERE NOT EXISTS (SELECT s FROM SensorSwing s WHERE s.hittraxEvent = e)",
                String.class).setMaxResults(1).getSingleResult());

        ImportException e = assertThrows(ImportException.class, () -> edits.pair(paired.getId(), otherEvent, "coach", false));

        assertTrue(e.getMessage().contains("is already paired with the HitTrax event"), e.getMessage());
        assertEquals(paired.getHittraxEvent().getId(), swingAtLine(48).getHittraxEvent().getId());
    }

    @Test
    void givenAssignedSwings_whenUnassigned_thenTheyAreUnassignedAgainUntilUndone() {
        SensorSwing swing = swingAtLine(48);

        List<SwingState> before = edits.unassign(List.of(swing.getId()));

        SensorSwing taken = swingAtLine(48);
        assertFalse(taken.isAssigned());
        assertNull(taken.getUser());
        assertTrue(fixture.store.queries().unassignedSensorSwings().stream().anyMatch(s -> s.getId().equals(swing.getId())));
        edits.restore(before);
        assertEquals("Jane Doe", swingAtLine(48).getUser().getName());
        assertTrue(swingAtLine(48).isAssigned());
    }

    @Test
    void givenAnUnknownEvent_whenPaired_thenItIsRefusedAndNothingChanges() {
        SensorSwing swing = swingAtLine(48);

        ImportException e = assertThrows(ImportException.class, () -> edits.pair(swing.getId(), "no-such-event", "coach", true));

        assertEquals("no HitTrax event has the id no-such-event", e.getMessage());
        assertEquals(swing.getHittraxEvent().getId(), swingAtLine(48).getHittraxEvent().getId());
    }
}
