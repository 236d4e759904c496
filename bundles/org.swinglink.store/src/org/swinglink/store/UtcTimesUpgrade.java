package org.swinglink.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Turns the zone-less TIMESTAMP columns of a version 1 database into UTC milliseconds. Each value
 * is read as a wall-clock time of the zone it was written in; a time inside the autumn's repeated
 * hour was already ambiguous when written and is read as the first of its two instants.
 */
final class UtcTimesUpgrade {
    /** Every time column of version 1, and whether it is required. */
    private static final List<String[]> COLUMNS = List.of(
            new String[] { "hittrax_events", "event_timestamp", "not null" },
            new String[] { "hittrax_sessions", "started_at", "" },
            new String[] { "hittrax_sessions", "ended_at", "" },
            new String[] { "hittrax_sessions", "created_at", "not null" },
            new String[] { "import_sessions", "created_at", "not null" },
            new String[] { "import_sessions", "completed_at", "" },
            new String[] { "imported_files", "created_at", "not null" },
            new String[] { "sensor_swings", "sensor_timestamp", "" },
            new String[] { "sensor_swings", "assigned_at", "" },
            new String[] { "sensor_swings", "created_at", "not null" },
            new String[] { "users", "created_at", "not null" });

    private final Connection connection;
    private final Calendar writtenIn;

    UtcTimesUpgrade(Connection connection, ZoneId writtenIn) {
        this.connection = connection;
        this.writtenIn = Calendar.getInstance(TimeZone.getTimeZone(writtenIn));
    }

    /** Converts every column still kept as TIMESTAMP; returns how many values were converted. */
    int run() throws SQLException {
        int converted = 0;
        for (String[] column : COLUMNS) {
            if (isTimestamp(column[0], column[1])) {
                converted += convert(column[0], column[1], !column[2].isEmpty());
            }
        }
        return converted;
    }

    private int convert(String table, String column, boolean required) throws SQLException {
        String millis = column + "_utc";
        SecondaryIndexes indexes = SecondaryIndexes.of(connection, table).including(column);
        indexes.drop(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE " + table + " ADD COLUMN " + millis + " BIGINT");
        }
        int converted = 0;
        try (Statement cursor = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE);
                ResultSet rows = cursor.executeQuery("SELECT " + column + ", " + millis + " FROM " + table
                        + " FOR UPDATE OF " + millis)) {
            while (rows.next()) {
                Timestamp wallClock = rows.getTimestamp(1, writtenIn);
                if (wallClock != null) {
                    rows.updateLong(2, wallClock.getTime());
                    rows.updateRow();
                    converted++;
                }
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
            ddl.execute("RENAME COLUMN " + table + "." + millis + " TO " + column);
            if (required) {
                ddl.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " NOT NULL");
            }
        }
        indexes.create(connection);
        return converted;
    }

    private boolean isTimestamp(String table, String column) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, "APP", table.toUpperCase(), column.toUpperCase())) {
            return columns.next() && columns.getInt("DATA_TYPE") == java.sql.Types.TIMESTAMP;
        }
    }
}
