package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
        // Driven by the events' time, each looked up in the swings' unique event index: as a join, Derby read
        // every swing of the database by pairing method, two seconds a player on a database of two seasons.
        return run(em.createQuery("""
                SELECT e.id, e.eventTimestamp FROM HitTraxEvent e
                WHERE e.session.user.id = :player AND e.eventTimestamp BETWEEN :start AND :end
                  AND EXISTS (SELECT s.id FROM SensorSwing s WHERE s.hittraxEvent = e AND s.pairingMethod = :inFile)"""
                + (excludedImport == null ? "" : " AND e.session.importSession.id <> :import"), Object[].class)
                .setParameter("inFile", PairingMethod.IN_FILE), playerId, start, end, excludedImport);
    }

    /**
     * By the time index, named: without a histogram Derby rates a time range as half the table and
     * chose the player's index instead, reading all their swings of every season (a second a player
     * on a database of two seasons). The hint is a comment to any other database.
     *
     * @param excludedImport an import whose rows to leave out, or null
     */
    public static List<Object[]> swings(EntityManager em, String playerId, Instant start, Instant end, String excludedImport) {
        em.flush(); // read by JDBC: what the entity manager changed (an assignment) must be in the rows first
        String sql = """
                SELECT id, sensor_timestamp FROM sensor_swings --DERBY-PROPERTIES index=IX_SENSOR_SWINGS_TIMESTAMP
                WHERE sensor_timestamp BETWEEN ? AND ? AND user_id = ? AND hittrax_event_id IS NULL"""
                + (excludedImport == null ? "" : " AND import_session_id <> ?");
        try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(sql)) {
            StoredTime.bind(query, 1, start);
            StoredTime.bind(query, 2, end);
            query.setString(3, playerId);
            if (excludedImport != null) {
                query.setString(4, excludedImport);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Object[] { row.getString(1), StoredTime.read(row, 2) });
                }
            }
            return rows;
        } catch (SQLException e) {
            throw RowInserts.refused(e);
        }
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
