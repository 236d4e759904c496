package org.swinglink.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * How an instant is kept in a time column, in one place: milliseconds since the epoch in a BIGINT,
 * as {@link org.swinglink.model.UtcMillisConverter} maps the entities' instants. Every statement
 * that writes or reads a time by JDBC goes through here.
 */
public final class StoredTime {
    private StoredTime() {
    }

    /** Binds {@code instant} (null allowed) to a time column's parameter. */
    public static void bind(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, instant.toEpochMilli());
        }
    }

    /** The value a time column holds for {@code instant}, for writers that send values instead of binding them. */
    public static Long value(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    /** The instant in a time column of the current row, or null. */
    public static Instant read(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
