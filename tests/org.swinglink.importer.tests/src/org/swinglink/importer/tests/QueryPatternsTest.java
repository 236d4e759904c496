package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.swinglink.importer.ImportReport;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.ImportSession;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;

import jakarta.persistence.EntityManager;

/**
 * The schema proposal's three query patterns over an imported session, with sensor swings stored
 * next to it the way an import stores them (paired, or left without a player).
 */
class QueryPatternsTest extends DatabaseTest {
    private ImportReport report;

    @BeforeEach
    void importJaneDoe() {
        report = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");
    }

    private List<HitTraxEvent> battedBalls(EntityManager em) {
        return em.createQuery("SELECT e FROM HitTraxEvent e WHERE e.exitVelocity IS NOT NULL ORDER BY e.eventTimestamp",
                HitTraxEvent.class).getResultList();
    }

    /** Pairs the first {@code paired} batted balls with swings and adds {@code unassigned} swings without a player. */
    private void storeSwings(int paired, int unassigned) {
        fixture.store.runInTransaction(em -> {
            ImportSession session = em.find(ImportSession.class, report.importSessionId());
            User jane = em.createQuery("SELECT u FROM User u WHERE u.role = :r", User.class)
                    .setParameter("r", UserRole.PLAYER).getSingleResult();
            List<HitTraxEvent> events = battedBalls(em);
            for (int i = 0; i < paired; i++) {
                SensorSwing swing = new SensorSwing(session, "blast", events.get(i).getEventTimestamp().minusMillis(800), i + 2);
                swing.setMetrics(70.0 + i, 8.0, 150.0, 21.0);
                swing.assignTo(jane, "coach");
                swing.pairWith(events.get(i), 800, PairingMethod.TIME);
                em.persist(swing);
            }
            for (int i = 0; i < unassigned; i++) {
                em.persist(new SensorSwing(session, "blast", events.get(0).getEventTimestamp().plusSeconds(3 + i), 100 + i));
            }
        });
    }

    @Test
    void givenSwingsWithoutPlayer_whenUnassignedAreQueried_thenOnlyThoseComeWithTheirImportSession() {
        storeSwings(3, 2);

        List<SensorSwing> unassigned = fixture.store.queries().unassignedSensorSwings();

        assertEquals(2, unassigned.size());
        for (SensorSwing swing : unassigned) {
            assertEquals(report.importSessionId(), swing.getImportSession().getId());
            assertTrue(!swing.isAssigned());
        }
    }

    @Test
    void givenPairedSwings_whenMatchedSwingsForThePlayerAreQueried_thenEachEventComesWithItsSwing() {
        storeSwings(5, 1);
        String janeId = fixture.store.queries().findUser(UserRole.PLAYER, "Jane Doe").orElseThrow().getId();

        List<HitTraxEvent> matched = fixture.store.queries().matchedSwingsForPlayer(janeId);

        assertEquals(5, matched.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(70.0 + i, matched.get(i).getSensorSwing().getBatSpeed());
            assertEquals(800.0, matched.get(i).getSensorSwing().getMatchTimeDelta());
        }
    }

    @Test
    void givenAnotherPlayer_whenMatchedSwingsAreQueried_thenJanesAreNotTheirs() {
        storeSwings(5, 0);
        fixture.importForPlayer("John Roe", "hittrax/john-roe-2024-10-15.csv");
        String johnId = fixture.store.queries().findUser(UserRole.PLAYER, "John Roe").orElseThrow().getId();

        assertEquals(List.of(), fixture.store.queries().matchedSwingsForPlayer(johnId));
    }

    @Test
    void givenPairedSwings_whenTheImportSummaryIsQueried_thenItCountsPairedEventsAndSwings() {
        storeSwings(4, 3);

        var summary = fixture.store.queries().importSessionSummary(report.importSessionId()).orElseThrow();

        assertEquals(4, summary.pairedEvents());
        assertEquals(7, summary.sensorSwings().size());
    }

    @Test
    void givenASecondSwingForAnAlreadyPairedEvent_whenStored_thenTheDatabaseRefusesIt() {
        storeSwings(1, 0);

        RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> fixture.store.runInTransaction(em -> {
                    HitTraxEvent paired = battedBalls(em).get(0);
                    SensorSwing second = new SensorSwing(em.find(ImportSession.class, report.importSessionId()), "blast",
                            paired.getEventTimestamp(), 99);
                    second.pairWith(paired, 0, PairingMethod.ANALYST);
                    em.persist(second);
                }));
        assertTrue(String.valueOf(refused.getMessage()).toLowerCase().contains("unique")
                || String.valueOf(refused.getCause()).toLowerCase().contains("duplicate"), String.valueOf(refused));
    }
}
