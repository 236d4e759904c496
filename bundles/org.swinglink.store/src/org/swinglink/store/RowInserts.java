package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

import org.swinglink.model.PairingMethod;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.SensorSwingRecord;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Writes HitTrax events and sensor swings with batched JDBC inserts on the import's own connection
 * and transaction. An import stores hundreds of thousands of these rows; through the entity manager
 * each cost a managed object, a change set and an identity-map entry besides Derby's own work.
 * Columns are those of the {@code hittrax_events} and {@code sensor_swings} tables (the import tests
 * read the rows back through the entities); times are written as {@link StoredTime} keeps them. A row's original columns are not
 * copied: its file is kept once ({@code OriginalFiles}) and the row keeps its file and line.
 */
public final class RowInserts implements AutoCloseable {
    public static final int BATCH_SIZE = 1000;

    private static final String INSERT_EVENT = """
            INSERT INTO hittrax_events (id, session_id, event_timestamp, source_line, pitch_number, at_bat,
              pitch_speed, pitch_type, strike_zone, exit_velocity, launch_angle, distance, horizontal_angle,
              result, hit_type, points, spray_chart_x, spray_chart_z)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SWING = """
            INSERT INTO sensor_swings (id, user_id, import_session_id, sensor_type, sensor_device_id,
              sensor_timestamp, source_file, source_line, bat_speed, attack_angle, time_to_contact,
              peak_hand_speed, blast_factor, power_output, rotation_metric, assigned,
              assigned_at, assigned_by, created_at, hittrax_event_id, match_time_delta, pairing_method)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final PreparedStatement events;
    private final PreparedStatement swings;
    private final Runnable beforeWrite;
    private final RowIds ids;
    private int pendingEvents;
    private int pendingSwings;

    /**
     * @param beforeWrite run before each batch goes to the database: flushes the entity manager so
     *                    the players and sessions the rows refer to are there first
     */
    public RowInserts(EntityManager em, Runnable beforeWrite) {
        this.beforeWrite = beforeWrite;
        try {
            Connection connection = em.unwrap(Connection.class);
            this.ids = new RowIds(connection);
            this.events = connection.prepareStatement(INSERT_EVENT);
            this.swings = connection.prepareStatement(INSERT_SWING);
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    /** Batches the event and returns the id it is stored under. */
    public String event(String sessionId, BattedBallRecord record) {
        String id = ids.next();
        try {
            events.setString(1, id);
            events.setString(2, sessionId);
            StoredTime.bind(events, 3, record.timestamp());
            events.setLong(4, record.line());
            setInteger(events, 5, record.pitchNumber());
            setInteger(events, 6, record.atBat());
            setDouble(events, 7, record.pitchSpeed());
            events.setString(8, record.pitchType());
            setInteger(events, 9, record.strikeZone());
            setDouble(events, 10, record.exitVelocity());
            setDouble(events, 11, record.launchAngle());
            setDouble(events, 12, record.distance());
            setDouble(events, 13, record.horizontalAngle());
            events.setString(14, record.result());
            events.setString(15, record.hitType());
            setInteger(events, 16, record.points());
            setDouble(events, 17, record.sprayChartX());
            setDouble(events, 18, record.sprayChartZ());
            events.addBatch();
        } catch (SQLException e) {
            throw refused(e);
        }
        if (++pendingEvents == BATCH_SIZE) {
            flush();
        }
        return id;
    }

    /** A new id for a row this import writes. */
    public String newId() {
        return ids.next();
    }

    /**
     * Batches a swing under {@code id}.
     *
     * @param sensorType the swing's sensor type: the source's id, or the sensor a tracker's export names
     * @param playerId   null leaves the swing unassigned
     * @param assignedBy who gave it to the player
     * @param eventId    the event (batched before it) it is paired with, or null
     * @param method     how that pair was made; null when unpaired
     * @param deltaMillis HitTrax time minus the clock-corrected sensor time, for a pair
     */
    public void swing(String id, String importSessionId, String sensorType, String fileName, String playerId, String assignedBy,
            Instant assignedAt, SensorSwingRecord record, String eventId, PairingMethod method, double deltaMillis) {
        try {
            swings.setString(1, id);
            swings.setString(2, playerId);
            swings.setString(3, importSessionId);
            swings.setString(4, sensorType);
            swings.setString(5, record.sensorDeviceId());
            StoredTime.bind(swings, 6, record.timestamp());
            swings.setString(7, fileName);
            swings.setLong(8, record.line());
            setDouble(swings, 9, record.batSpeed());
            setDouble(swings, 10, record.attackAngle());
            setDouble(swings, 11, record.timeToContact());
            setDouble(swings, 12, record.peakHandSpeed());
            setDouble(swings, 13, record.blastFactor());
            setDouble(swings, 14, record.powerOutput());
            setDouble(swings, 15, record.rotationMetric());
            swings.setBoolean(16, playerId != null); // a SMALLINT in Derby, a BOOLEAN in PostgreSQL
            StoredTime.bind(swings, 17, playerId == null ? null : assignedAt);
            swings.setString(18, playerId == null ? null : assignedBy);
            StoredTime.bind(swings, 19, assignedAt);
            swings.setString(20, eventId);
            setDouble(swings, 21, eventId == null ? null : deltaMillis);
            swings.setString(22, eventId == null ? null : method.databaseValue());
            swings.addBatch();
        } catch (SQLException e) {
            throw refused(e);
        }
        if (++pendingSwings == BATCH_SIZE) {
            flush();
        }
    }

    /** Sends what is batched to the database. */
    public void flush() {
        if (pendingEvents == 0 && pendingSwings == 0) {
            return;
        }
        beforeWrite.run();
        try {
            if (pendingEvents > 0) {
                events.executeBatch();
                pendingEvents = 0;
            }
            if (pendingSwings > 0) {
                swings.executeBatch();
                pendingSwings = 0;
            }
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    @Override
    public void close() {
        try {
            events.close();
            swings.close();
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** Reported like the entity manager's own failures: the import fails with the database's reason. */
    public static PersistenceException refused(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        return new PersistenceException(cause.getMessage(), cause);
    }
}
