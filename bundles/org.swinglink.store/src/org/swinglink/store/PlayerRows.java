package org.swinglink.store;

import static org.swinglink.store.NullableColumns.decimal;
import static org.swinglink.store.NullableColumns.integer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.HitTraxSession;
import org.swinglink.model.ImportSession;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;

import jakarta.persistence.EntityManager;

/**
 * Reads all of a player's data straight from the rows, as {@link UnassignedSwingRows} does and for
 * the same reason: a season holds 100,000 swings and building that many entities through
 * EclipseLink costs more than Derby reading them. Two queries: the player's swings with the event
 * each is paired with, then the player's events that no swing of theirs is paired with (alone, or
 * with a swing of nobody's that an analyst paired by hand). Import sessions, HitTrax sessions and
 * users are looked up once each.
 */
final class PlayerRows {
    private static final int METRICS = 9; // first swing metric column
    private static final int AFTER = METRICS + SwingMetricColumns.COUNT;
    private static final String COLUMNS = """
            SELECT s.id, s.created_at, s.import_session_id, s.sensor_type, s.sensor_timestamp, s.source_line,
              s.source_file, s.sensor_device_id, %s,
              s.user_id, s.assigned, s.assigned_at, s.assigned_by, s.match_time_delta, s.pairing_method,
              e.id, e.session_id, e.event_timestamp, e.source_line, e.pitch_number, e.at_bat, e.pitch_speed,
              e.pitch_type, e.strike_zone, e.exit_velocity, e.launch_angle, e.distance, e.horizontal_angle,
              e.result, e.hit_type, e.points, e.spray_chart_x, e.spray_chart_z
            """.formatted(SwingMetricColumns.select("s"));
    private static final int EVENT = AFTER + 6; // first event column
    private static final String SWINGS_OF_PLAYER = COLUMNS + """
            FROM sensor_swings s LEFT OUTER JOIN hittrax_events e ON e.id = s.hittrax_event_id
            WHERE s.user_id = ?""";
    /** The player's sessions first, then their events by session: left to itself Derby scans every event. */
    private static final String EVENTS_OF_PLAYER_WITHOUT_THEIR_SWING = COLUMNS + """
            FROM --DERBY-PROPERTIES joinOrder=FIXED
              hittrax_sessions h JOIN hittrax_events e --DERBY-PROPERTIES index=IX_HITTRAX_EVENTS_SESSION_TIME
              ON e.session_id = h.id
              LEFT OUTER JOIN sensor_swings s ON s.hittrax_event_id = e.id
            WHERE h.user_id = ? AND (s.user_id IS NULL OR s.user_id <> ?)""";

    private final EntityManager em;
    private final Map<String, ImportSession> imports = new HashMap<>();
    private final Map<String, HitTraxSession> hittraxSessions = new HashMap<>();
    private final Map<String, User> users = new HashMap<>();

    PlayerRows(EntityManager em) {
        this.em = em;
    }

    /** Every row of the player, in no particular order. */
    List<PlayerRow> read(String playerId) {
        em.getTransaction().begin(); // the connection is the entity manager's only within a transaction
        try {
            Connection connection = em.unwrap(Connection.class);
            List<PlayerRow> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SWINGS_OF_PLAYER)) {
                query.setString(1, playerId);
                collect(query, rows);
            }
            try (PreparedStatement query = connection.prepareStatement(EVENTS_OF_PLAYER_WITHOUT_THEIR_SWING)) {
                query.setString(1, playerId);
                query.setString(2, playerId);
                collect(query, rows);
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the player's swings and HitTrax events: " + e.getMessage(), e);
        } finally {
            Rollback.quietly(em.getTransaction());
        }
    }

    private void collect(PreparedStatement query, List<PlayerRow> rows) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                HitTraxEvent event = row.getString(EVENT) == null ? null : event(row);
                SensorSwing swing = row.getString(1) == null ? null : swing(row, event);
                if (event != null && swing != null) {
                    event.setListedSwing(swing);
                }
                rows.add(new PlayerRow(event, swing));
            }
        }
    }

    private SensorSwing swing(ResultSet row, HitTraxEvent event) throws SQLException {
        SensorSwing swing = SensorSwing.listed(row.getString(1), StoredTime.read(row, 2),
                cached(imports, ImportSession.class, row.getString(3)), row.getString(4), StoredTime.read(row, 5),
                row.getLong(6));
        swing.setSourceFile(row.getString(7));
        swing.setSensorDeviceId(row.getString(8));
        SwingMetricColumns.read(row, METRICS, swing);
        swing.restoreAssignment(cached(users, User.class, row.getString(AFTER)), row.getBoolean(AFTER + 1),
                StoredTime.read(row, AFTER + 2), row.getString(AFTER + 3));
        if (event != null) {
            Double delta = decimal(row, AFTER + 4);
            swing.pairWith(event, delta == null ? 0 : delta, PairingMethod.fromDatabaseValue(row.getString(AFTER + 5)));
        }
        return swing;
    }

    private HitTraxEvent event(ResultSet row) throws SQLException {
        int c = EVENT;
        HitTraxEvent event = HitTraxEvent.listed(row.getString(c), cached(hittraxSessions, HitTraxSession.class,
                row.getString(c + 1)), StoredTime.read(row, c + 2), row.getLong(c + 3));
        event.setPitch(integer(row, c + 4), integer(row, c + 5), decimal(row, c + 6), row.getString(c + 7),
                integer(row, c + 8));
        event.setBattedBall(decimal(row, c + 9), decimal(row, c + 10), decimal(row, c + 11), decimal(row, c + 12));
        event.setOutcome(row.getString(c + 13), row.getString(c + 14), integer(row, c + 15), decimal(row, c + 16),
                decimal(row, c + 17));
        return event;
    }

    private <T> T cached(Map<String, T> found, Class<T> type, String id) {
        return id == null ? null : found.computeIfAbsent(id, key -> em.find(type, key));
    }
}
