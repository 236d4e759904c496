package org.swinglink.store;

import java.time.Instant;
import java.util.List;

import org.swinglink.model.PairingMethod;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A player's stored events and swings that no pair holds yet, between two instants, as pairing
 * reads them: rows of id and time. An import leaves out its own rows, which it pairs from memory.
 */
public final class UnpairedRows {
    private UnpairedRows() {
    }

    /** @param excludedImport an import whose rows to leave out, or null */
    public static List<Object[]> events(EntityManager em, String playerId, Instant start, Instant end, String excludedImport) {
        return run(em.createQuery("""
                SELECT e.id, e.eventTimestamp FROM HitTraxEvent e
                WHERE e.session.user.id = :player AND e.eventTimestamp BETWEEN :start AND :end
                  AND NOT EXISTS (SELECT s.id FROM SensorSwing s WHERE s.hittraxEvent = e)"""
                + (excludedImport == null ? "" : " AND e.session.importSession.id <> :import"), Object[].class),
                playerId, start, end, excludedImport);
    }

    /**
     * A player's events that their own HitTrax export paired with a sensor swing: taken, so that
     * pairing can tell a swing that falls on one (the same swing from the sensor's own export).
     *
     * @param excludedImport an import whose rows to leave out, or null
     */
    public static List<Object[]> eventsPairedInFile(EntityManager em, String playerId, Instant start, Instant end,
            String excludedImport) {
        return run(em.createQuery("""
                SELECT e.id, e.eventTimestamp FROM HitTraxEvent e, SensorSwing s
                WHERE s.hittraxEvent = e AND s.pairingMethod = :inFile AND e.session.user.id = :player
                  AND e.eventTimestamp BETWEEN :start AND :end"""
                + (excludedImport == null ? "" : " AND e.session.importSession.id <> :import"), Object[].class)
                .setParameter("inFile", PairingMethod.IN_FILE), playerId, start, end, excludedImport);
    }

    /** @param excludedImport an import whose rows to leave out, or null */
    public static List<Object[]> swings(EntityManager em, String playerId, Instant start, Instant end, String excludedImport) {
        return run(em.createQuery("""
                SELECT s.id, s.sensorTimestamp FROM SensorSwing s
                WHERE s.user.id = :player AND s.hittraxEvent IS NULL AND s.sensorTimestamp BETWEEN :start AND :end"""
                + (excludedImport == null ? "" : " AND s.importSession.id <> :import"), Object[].class),
                playerId, start, end, excludedImport);
    }

    private static List<Object[]> run(TypedQuery<Object[]> query, String playerId, Instant start, Instant end,
            String excludedImport) {
        query.setParameter("player", playerId).setParameter("start", start).setParameter("end", end);
        if (excludedImport != null) {
            query.setParameter("import", excludedImport);
        }
        return query.getResultList();
    }
}
