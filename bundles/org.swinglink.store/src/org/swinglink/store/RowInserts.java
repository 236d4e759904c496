package org.swinglink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing.SwingMetric;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.SensorSwingRecord;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Writes HitTrax events and sensor swings on the import's own connection and transaction: JDBC
 * batches on Derby, {@code COPY} on PostgreSQL ({@link RowSink}). An import stores hundreds of thousands of these rows; through the entity manager
 * each cost a managed object, a change set and an identity-map entry besides Derby's own work.
 * Columns are those of the {@code hittrax_events} and {@code sensor_swings} tables (the import tests
 * read the rows back through the entities); times are written as {@link StoredTime} keeps them. A row's original columns are not
 * copied: its file is kept once ({@code OriginalFiles}) and the row keeps its file and line.
 */
public final class RowInserts implements AutoCloseable {
    public static final int BATCH_SIZE = 1000;

    private static final int TEXT = Types.VARCHAR;
    private static final int NUMBER = Types.DOUBLE;
    private static final RowTable EVENTS = new RowTable("hittrax_events",
            List.of("id", "session_id", "event_timestamp", "source_line", "pitch_number", "at_bat", "pitch_speed", "pitch_type",
                    "strike_zone", "exit_velocity", "launch_angle", "distance", "horizontal_angle", "result", "hit_type", "points",
                    "spray_chart_x", "spray_chart_z"),
            new int[] { TEXT, TEXT, RowTable.TIME, Types.BIGINT, Types.INTEGER, Types.INTEGER, NUMBER, TEXT, Types.INTEGER, NUMBER,
                    NUMBER, NUMBER, NUMBER, TEXT, TEXT, Types.INTEGER, NUMBER, NUMBER });
    private static final List<String> SWING_COLUMNS_BEFORE_METRICS = List.of("id", "user_id", "import_session_id",
            "sensor_type", "sensor_device_id", "sensor_timestamp", "source_file", "source_line");
    private static final int[] SWING_TYPES_BEFORE_METRICS = { TEXT, TEXT, TEXT, TEXT, TEXT, RowTable.TIME, TEXT, Types.BIGINT };
    private static final List<String> SWING_COLUMNS_AFTER_METRICS = List.of("assigned", "assigned_at", "assigned_by",
            "created_at", "hittrax_event_id", "match_time_delta", "pairing_method");
    private static final int[] SWING_TYPES_AFTER_METRICS = { Types.BOOLEAN, RowTable.TIME, TEXT, RowTable.TIME, TEXT, NUMBER,
            TEXT };
    private static final SwingMetric[] METRICS = SwingMetric.values();
    private static final RowTable SWINGS = swingTable();

    private final RowSink events;
    private final RowSink swings;
    private final Runnable beforeWrite;
    private final RowIds ids;

    /**
     * @param beforeWrite run before each batch goes to the database: flushes the entity manager so
     *                    the players and sessions the rows refer to are there first
     */
    public RowInserts(EntityManager em, Runnable beforeWrite) {
        this.beforeWrite = beforeWrite;
        try {
            Connection connection = em.unwrap(Connection.class);
            this.ids = new RowIds(connection);
            this.events = RowSink.on(connection, EVENTS);
            this.swings = RowSink.on(connection, SWINGS);
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    /** Holds the event for writing and returns the id it is stored under. */
    public String event(String sessionId, BattedBallRecord record) {
        String id = ids.next();
        add(events, new Object[] { id, sessionId, StoredTime.value(record.timestamp()), record.line(),
                record.pitchNumber(), record.atBat(), record.pitchSpeed(), record.pitchType(), record.strikeZone(),
                record.exitVelocity(), record.launchAngle(), record.distance(), record.horizontalAngle(), record.result(),
                record.hitType(), record.points(), record.sprayChartX(), record.sprayChartZ() });
        return id;
    }

    /** A new id for a row this import writes. */
    public String newId() {
        return ids.next();
    }

    /**
     * Holds a swing for writing under {@code id}.
     *
     * @param sensorType the swing's sensor type: the source's id, or the sensor a tracker's export names
     * @param playerId   null leaves the swing unassigned
     * @param assignedBy who gave it to the player
     * @param eventId    the event (held before it) it is paired with, or null
     * @param method     how that pair was made; null when unpaired
     * @param deltaMillis HitTrax time minus the clock-corrected sensor time, for a pair
     */
    public void swing(String id, String importSessionId, String sensorType, String fileName, String playerId, String assignedBy,
            Instant assignedAt, SensorSwingRecord record, String eventId, PairingMethod method, double deltaMillis) {
        boolean assigned = playerId != null;
        boolean paired = eventId != null;
        Object[] row = new Object[SWINGS.columns().size()];
        int c = 0;
        for (Object value : new Object[] { id, playerId, importSessionId, sensorType, record.sensorDeviceId(),
                StoredTime.value(record.timestamp()), fileName, record.line() }) {
            row[c++] = value;
        }
        for (SwingMetric metric : METRICS) {
            row[c++] = record.metric(metric.key());
        }
        for (Object value : new Object[] { assigned, assigned ? StoredTime.value(assignedAt) : null,
                assigned ? assignedBy : null, StoredTime.value(assignedAt), eventId, paired ? (Double) deltaMillis : null,
                paired ? method.databaseValue() : null }) {
            row[c++] = value;
        }
        add(swings, row);
    }

    /** The swings' columns: where the swing is from, its metrics (one column each), its player and pair. */
    private static RowTable swingTable() {
        List<String> columns = new ArrayList<>(SWING_COLUMNS_BEFORE_METRICS);
        Arrays.stream(METRICS).map(SwingMetric::key).forEach(columns::add);
        columns.addAll(SWING_COLUMNS_AFTER_METRICS);
        int[] types = new int[columns.size()];
        Arrays.fill(types, NUMBER);
        System.arraycopy(SWING_TYPES_BEFORE_METRICS, 0, types, 0, SWING_TYPES_BEFORE_METRICS.length);
        System.arraycopy(SWING_TYPES_AFTER_METRICS, 0, types, types.length - SWING_TYPES_AFTER_METRICS.length,
                SWING_TYPES_AFTER_METRICS.length);
        return new RowTable("sensor_swings", List.copyOf(columns), types);
    }

    /** Sends what is held to the database: events first, as swings refer to them. */
    public void flush() {
        if (events.held() == 0 && swings.held() == 0) {
            return;
        }
        beforeWrite.run();
        try {
            events.send();
            swings.send();
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

    private void add(RowSink sink, Object[] row) {
        try {
            sink.add(row);
        } catch (SQLException e) {
            throw refused(e);
        }
        if (sink.full()) {
            flush();
        }
    }

    /** Reported like the entity manager's own failures: the import fails with the database's reason. */
    public static PersistenceException refused(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        return new PersistenceException(cause.getMessage(), cause);
    }
}
