package org.swinglink.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Numbers of a result row whose column may be NULL, which JDBC's getters would read as 0. */
final class NullableColumns {
    private NullableColumns() {
    }

    static Double decimal(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
