package org.swinglink.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.persistence.EntityManager;

/** Whether the database holds any HitTrax event or sensor swing yet. */
public final class StoredRows {
    private StoredRows() {
    }

    /** In {@code em}'s transaction. */
    public static boolean any(EntityManager em) {
        try (Statement statement = em.unwrap(Connection.class).createStatement()) {
            return holdsARow(statement, "SELECT 1 FROM hittrax_events FETCH FIRST ROW ONLY")
                    || holdsARow(statement, "SELECT 1 FROM sensor_swings FETCH FIRST ROW ONLY");
        } catch (SQLException e) {
            throw RowInserts.refused(e);
        }
    }

    private static boolean holdsARow(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }
}
