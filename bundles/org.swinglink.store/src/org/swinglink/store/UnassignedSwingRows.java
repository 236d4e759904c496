package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.ImportSession;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;

import jakarta.persistence.EntityManager;

/**
 * Reads unassigned swings for the views straight from their rows: a season can leave 100,000 of
 * them, and EclipseLink building that many entities took a second more than Derby reading them.
 * The few import sessions (and the rare hand-made pair or player) are looked up through the entity
 * manager once each; the swings come back detached, as every listing's do.
 */
final class UnassignedSwingRows {
    private static final int METRICS = 9; // first metric column
    private static final int AFTER = METRICS + SwingMetricColumns.COUNT;
    private static final String COLUMNS = """
            SELECT id, created_at, import_session_id, sensor_type, sensor_timestamp, source_line, source_file,
              sensor_device_id, %s,
              user_id, assigned_at, assigned_by, hittrax_event_id, match_time_delta, pairing_method
            FROM sensor_swings WHERE assigned = ?""".formatted(SwingMetricColumns.select(""));

    private final EntityManager em;
    private final Map<String, ImportSession> sessions = new HashMap<>();

    UnassignedSwingRows(EntityManager em) {
        this.em = em;
    }

    /** All unassigned swings (newest import first, then by time), or those of one import (by time). */
    List<SensorSwing> read(String importId) {
        List<SensorSwing> swings = new ArrayList<>();
        each(importId, swings::add);
        return swings;
    }

    /**
     * Hands the swings of {@link #read(String)} to {@code each} while they are read, in the same
     * order: Derby sorts them (on disk beyond its sort buffer), so the heap holds one row at a time.
     *
     * @return how many there were
     */
    <X extends Exception> long each(String importId, RowConsumer<SensorSwing, X> each) throws X {
        em.getTransaction().begin(); // the connection is the entity manager's only within a transaction
        try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(importId == null
                ? COLUMNS + " ORDER BY created_at DESC, sensor_timestamp, source_file, source_line"
                : COLUMNS + " AND import_session_id = ? ORDER BY sensor_timestamp, source_file, source_line")) {
            query.setBoolean(1, false); // a SMALLINT in Derby, a BOOLEAN in PostgreSQL
            if (importId != null) {
                query.setString(2, importId);
            }
            long count = 0;
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    each.accept(swing(row));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the unassigned swings: " + e.getMessage(), e);
        } finally {
            Rollback.quietly(em.getTransaction());
        }
    }

    private SensorSwing swing(ResultSet row) throws SQLException {
        SensorSwing swing = SensorSwing.listed(row.getString(1), StoredTime.read(row, 2), session(row.getString(3)),
                row.getString(4), StoredTime.read(row, 5), row.getLong(6));
        swing.setSourceFile(row.getString(7));
        swing.setSensorDeviceId(row.getString(8));
        SwingMetricColumns.read(row, METRICS, swing);
        String playerId = row.getString(AFTER);
        if (playerId != null) {
            swing.restoreAssignment(em.find(User.class, playerId), false, StoredTime.read(row, AFTER + 1),
                    row.getString(AFTER + 2));
        }
        String eventId = row.getString(AFTER + 3);
        if (eventId != null) { // paired by hand with a ball whose batter is unknown
            swing.pairWith(em.find(HitTraxEvent.class, eventId), row.getDouble(AFTER + 4),
                    PairingMethod.fromDatabaseValue(row.getString(AFTER + 5)));
        }
        return swing;
    }

    private ImportSession session(String id) {
        return id == null ? null : sessions.computeIfAbsent(id, key -> em.find(ImportSession.class, key));
    }
}
