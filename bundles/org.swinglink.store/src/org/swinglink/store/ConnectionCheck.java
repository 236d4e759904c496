package org.swinglink.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Tries a database setting now, before SwingLink starts on it, and says in one sentence whether it
 * can be used: for a server, whether SwingLink gets in, as whom, and whether its tables are there;
 * for a folder, whether it holds a SwingLink database or a new one would be made there. It only
 * reads: no table, folder or row is made or changed, so trying a setting is always safe.
 */
public final class ConnectionCheck {
    /** A server that does not answer in this time is called unreachable, so that nobody waits for a minute. */
    static final int TIMEOUT_SECONDS = 5;

    /**
     * @param ok       whether SwingLink can use the database
     * @param sentence what the user is told: the database and what was found, never a password
     */
    public record Result(boolean ok, String sentence) {
        static Result ok(String sentence) {
            return new Result(true, sentence);
        }

        static Result failed(String sentence) {
            return new Result(false, sentence);
        }
    }

    private ConnectionCheck() {
    }

    /**
     * Checks what {@link Store#open(String)} would open for {@code setting}, with the password found
     * as the workbench and the CLI find it ({@link PasswordSource#ofThisProcess()}).
     */
    public static Result of(String setting) {
        return of(setting, PasswordSource.ofThisProcess());
    }

    /** {@link #of(String)} with the password found by {@code passwords}. */
    public static Result of(String setting, PasswordSource passwords) {
        String effective = DatabaseSetting.effective(setting);
        if (!DatabaseSetting.namesServer(effective)) {
            return folder(DatabaseSetting.folder(effective));
        }
        try {
            return server(DatabaseSetting.server(effective), passwords);
        } catch (StoreException unreadable) {
            return Result.failed(unreadable.getMessage());
        }
    }

    /** Connects to the server (read only), asks who SwingLink is there and whether its tables are. */
    public static Result server(ServerAddress server, PasswordSource passwords) {
        PGSimpleDataSource source = ServerDataSource.of(server, passwords.passwordFor(server));
        source.setConnectTimeout(TIMEOUT_SECONDS);
        source.setLoginTimeout(TIMEOUT_SECONDS);
        source.setSocketTimeout(2 * TIMEOUT_SECONDS); // a port that accepts but never answers, e.g. not PostgreSQL
        source.setReadOnly(true);
        try (Connection connection = source.getConnection()) {
            return new ServerFindings(connection).describe();
        } catch (SQLException | RuntimeException e) { // the driver throws unchecked too, e.g. for a bad sslmode set-up
            return Result.failed(ServerErrors.explainOpenFailure(server, e, passwords.warnings()).getMessage());
        }
    }

    /** What a connected check found on the server. */
    private record ServerFindings(String version, String role, boolean tables, boolean mayMakeTables, int format) {
        ServerFindings(Connection connection) throws SQLException {
            this(version(connection), single(connection, "SELECT current_user"),
                    Engine.POSTGRESQL.has(connection, Engine.Kind.TABLE, "sensor_swings"),
                    "t".equals(single(connection, "SELECT has_schema_privilege(current_schema(), 'CREATE')")),
                    SchemaVersion.of(connection));
        }

        Result describe() {
            String connected = "Connected to PostgreSQL " + version + " as " + role;
            if (format > SchemaVersion.CURRENT) {
                return Result.failed(connected + ", but its SwingLink tables were written by a newer SwingLink (format "
                        + format + "); this release reads formats up to " + SchemaVersion.CURRENT + ".");
            }
            if (tables) {
                return Result.ok(connected + "; the SwingLink tables are there.");
            }
            if (!mayMakeTables) {
                return Result.failed(connected + ", but the SwingLink tables are not there and " + role
                        + " may not make them: connect once as the database's owner, who makes them.");
            }
            return Result.ok(connected + "; the SwingLink tables will be made at first use.");
        }

        /** "15.4", without the "(Debian 15.4-1)" a packaged server adds. */
        private static String version(Connection connection) throws SQLException {
            String full = connection.getMetaData().getDatabaseProductVersion().strip();
            int space = full.indexOf(' ');
            return space < 0 ? full : full.substring(0, space);
        }

        private static String single(Connection connection, String query) throws SQLException {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Looks at the folder only: Derby is not started, so nothing is made there. */
    public static Result folder(DatabaseFolder folder) {
        Path root = folder.root();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            return Result.failed("The database folder " + root + " is a file.");
        }
        if (folder.holdsDatabase()) {
            Optional<DatabaseOwner> holder = DatabaseOwner.liveOwnerOf(folder).filter(DatabaseOwner::isAnotherProcess);
            return Result.ok("The folder " + root + " holds a SwingLink database" + holder
                    .map(owner -> "; " + owner.describe() + " has it open now: close that before SwingLink starts on it.")
                    .orElse("."));
        }
        Path derby = folder.derbyDirectory();
        if (Files.exists(derby) && !Store.holdsOnlyDerbyFiles(derby)) {
            return Result.failed(derby + " exists but is not a SwingLink database; move it away or choose another folder.");
        }
        Optional<String> otherFile = UnusableFolder.otherFile(folder);
        if (otherFile.isPresent()) {
            return Result.failed(UnusableFolder.holdsOtherFiles(root, otherFile.get()));
        }
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            return Result.failed("SwingLink cannot write in " + (existing == null ? root : existing)
                    + ", so it cannot make a database in " + root + ".");
        }
        return Result.ok("There is no SwingLink database in " + root + " yet: a new one will be made there at first use.");
    }
}
