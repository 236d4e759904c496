package org.swinglink.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * How an instant is kept in a time column, in one place: every statement that writes or reads a
 * time goes through here, so the columns' representation is decided once.
 */
public final class StoredTime {
    private StoredTime() {
    }

    /** Binds {@code instant} (null allowed) to a time column's parameter. */
    public static void bind(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(instant));
        }
    }

    /** The instant in a time column of the current row, or null. */
    public static Instant read(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
