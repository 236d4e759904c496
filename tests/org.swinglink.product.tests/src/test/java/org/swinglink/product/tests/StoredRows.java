package org.swinglink.product.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a SwingLink database holds, read with Derby's own JDBC driver while no product runs: each
 * import session with its status, files and the rows stored under it. Opening the database after a
 * killed process is itself the first check: Derby must recover it from its log.
 */
final class StoredRows {
    /** One import session as stored. */
    record Session(String id, String status, String error, List<String> files, int events, int swings) {
    }

    private StoredRows() {
    }

    static List<Session> read(Path databaseFolder) throws SQLException {
        if (!java.nio.file.Files.exists(databaseFolder.resolve("derby/service.properties"))) {
            return List.of(); // stopped before Derby had created the database
        }
        String url = "jdbc:derby:" + databaseFolder.resolve("derby");
        try (Connection connection = DriverManager.getConnection(url)) {
            if (!hasTables(connection)) {
                // stopped after Derby created the database, before all of SwingLink's tables were made (each is
                // committed as it is made; the next start makes the rest): no import can have begun
                return List.of();
            }
            Map<String, Integer> events = counts(connection, """
                    SELECT s.import_session_id, COUNT(*) FROM hittrax_events e
                    JOIN hittrax_sessions s ON e.session_id = s.id GROUP BY s.import_session_id""");
            Map<String, Integer> swings = counts(connection,
                    "SELECT import_session_id, COUNT(*) FROM sensor_swings GROUP BY import_session_id");
            Map<String, List<String>> files = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT import_session_id, file_name FROM import_session_files ORDER BY position")) {
                while (rows.next()) {
                    files.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            List<Session> sessions = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id, status, error_message FROM import_sessions")) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    sessions.add(new Session(id, rows.getString(2), rows.getString(3), files.getOrDefault(id, List.of()),
                            events.getOrDefault(id, 0), swings.getOrDefault(id, 0)));
                }
            }
            return sessions;
        } finally {
            shutDown(url);
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        for (String table : List.of("SENSOR_SWINGS", "HITTRAX_EVENTS", "HITTRAX_SESSIONS", "IMPORT_SESSIONS",
                "IMPORT_SESSION_FILES")) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
                if (!tables.next()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Map<String, Integer> counts(Connection connection, String query) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /** Derby in this JVM must let go of the database before the product opens it again. */
    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: shut down as asked
        }
    }
}
