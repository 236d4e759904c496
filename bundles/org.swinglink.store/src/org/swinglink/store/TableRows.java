package org.swinglink.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every row of a table, streamed one at a time in the columns' order of its {@link RowTable}: a
 * season's million rows never sit in memory together. PostgreSQL's driver streams only with a fetch
 * size inside a transaction; Derby streams anyway.
 */
final class TableRows {
    private static final int FETCH_SIZE = 1000;

    /** What is done with each row; the array is the row's own. */
    @FunctionalInterface
    interface RowWork {
        void accept(Object[] values) throws SQLException;
    }

    private TableRows() {
    }

    /** Hands each row of {@code table} to {@code work}. */
    static void each(Connection connection, RowTable table, RowWork work) throws SQLException {
        try (Statement select = connection.createStatement()) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet row = select.executeQuery("SELECT " + String.join(", ", table.columns()) + " FROM " + table.name())) {
                int[] types = table.types();
                while (row.next()) {
                    Object[] values = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        values[i] = ColumnValues.read(row, i + 1, types[i]);
                    }
                    work.accept(values);
                }
            }
        }
    }

    /** The table's count and checksum. */
    static RowChecksum checksum(Connection connection, RowTable table) throws SQLException {
        RowChecksum checksum = new RowChecksum();
        each(connection, table, checksum::add);
        return checksum;
    }

    /** Whether the table holds no row. */
    static boolean isEmpty(Connection connection, String table) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY")) {
            return !row.next();
        }
    }
}
