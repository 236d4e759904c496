package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Lets one program at a time make or bring up to date the tables on a server: two computers that
 * open a new database at the same moment (two halves of a season imported at once) would otherwise
 * both add the same tables and columns, and one would fail. The second waits, then finds the
 * schema stamp current and changes nothing. A session advisory lock on a connection of its own,
 * since the schema manager alters tables on connections of its own; the server drops it with the
 * connection if the program dies.
 */
final class SchemaLock implements AutoCloseable {
    private static final String KEY = "swinglink schema";

    private final Connection connection;

    private SchemaLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other program makes or upgrades the tables, then holds the lock until closed. */
    static SchemaLock take(DataSource server) {
        try {
            Connection connection = server.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(hashtext(?))")) {
                lock.setString(1, KEY);
                lock.execute();
                return new SchemaLock(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw RowInserts.refused(e); // reported like any other refusal of the server
        }
    }

    @Override
    public void close() {
        try {
            connection.close(); // the lock goes with the connection
        } catch (SQLException e) {
            // the server dropped the connection, and the lock with it
        }
    }
}
