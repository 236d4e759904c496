package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What differs between the engines the store runs on, embedded Derby and a PostgreSQL server: the
 * catalogs, the database's own properties, sequences and the types of large columns. The queries
 * themselves are written in the SQL both read (DOUBLE PRECISION, standard joins; Derby's optimizer
 * hints are comments to PostgreSQL).
 */
enum Engine {
    DERBY {
        @Override
        String nextValueOf(String sequence) {
            return "VALUES NEXT VALUE FOR " + sequence;
        }

        @Override
        long nextOfSequence(Connection connection, String sequence) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_PEEK_AT_SEQUENCE(?, ?)")) {
                query.setString(1, schema());
                query.setString(2, catalogName(sequence));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        }

        /** Embedded Derby admits one program, this one: nobody changes the rows while they are read. */
        @Override
        void readOneSnapshot(Connection connection) {
        }

        /** Derby cannot alter a sequence: it is made again, in the caller's transaction. */
        @Override
        void restartSequence(Connection connection, String sequence, long next, String definition) throws SQLException {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP SEQUENCE " + sequence + " RESTRICT");
                ddl.execute(definition);
            }
        }

        @Override
        boolean has(Connection connection, Kind kind, String name) throws SQLException {
            String catalog = switch (kind) {
                case TABLE -> "SELECT 1 FROM sys.systables WHERE tablename = ?";
                case INDEX -> "SELECT 1 FROM sys.sysconglomerates WHERE conglomeratename = ?";
                case SEQUENCE -> "SELECT 1 FROM sys.syssequences WHERE sequencename = ?";
                case TRIGGER -> "SELECT 1 FROM sys.systriggers WHERE triggername = ?";
            };
            return exists(connection, catalog, name.toUpperCase(Locale.ROOT));
        }

        @Override
        String property(Connection connection, String name) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
                query.setString(1, name);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }

        @Override
        void setProperty(Connection connection, String name, String value) throws SQLException {
            try (PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
                call.setString(1, name);
                call.setString(2, value);
                call.execute();
            }
        }

        @Override
        String binaryType() {
            return "BLOB(2G)";
        }

        @Override
        String textType() {
            return "CLOB";
        }

        @Override
        String schema() {
            return "APP";
        }
    },

    POSTGRESQL {
        /** PostgreSQL has no database properties: SwingLink keeps its own in this table. */
        private static final String PROPERTIES = "swinglink_properties";

        @Override
        String nextValueOf(String sequence) {
            return "SELECT nextval('" + sequence + "')";
        }

        @Override
        long nextOfSequence(Connection connection, String sequence) throws SQLException {
            try (Statement query = connection.createStatement();
                    ResultSet row = query.executeQuery("SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM "
                            + sequence)) {
                row.next();
                return row.getLong(1);
            }
        }

        @Override
        void readOneSnapshot(Connection connection) throws SQLException {
            try (Statement set = connection.createStatement()) {
                set.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        }

        /** Set rather than made again: the grants an everyday role has on the sequence stay. */
        @Override
        void restartSequence(Connection connection, String sequence, long next, String definition) throws SQLException {
            try (PreparedStatement set = connection.prepareStatement("SELECT setval(?, ?, false)")) {
                set.setString(1, sequence);
                set.setLong(2, next);
                set.execute();
            }
        }

        @Override
        boolean has(Connection connection, Kind kind, String name) throws SQLException {
            if (kind == Kind.TRIGGER) {
                return exists(connection, "SELECT 1 FROM pg_trigger WHERE tgname = ? AND NOT tgisinternal",
                        name.toLowerCase(Locale.ROOT));
            }
            return exists(connection, "SELECT 1 WHERE to_regclass(?) IS NOT NULL", name.toLowerCase(Locale.ROOT));
        }

        @Override
        String property(Connection connection, String name) throws SQLException {
            if (!has(connection, Kind.TABLE, PROPERTIES)) {
                return null;
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT value FROM " + PROPERTIES + " WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }

        @Override
        void setProperty(Connection connection, String name, String value) throws SQLException {
            if (!has(connection, Kind.TABLE, PROPERTIES)) { // an everyday role may not create tables, nor try to
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE TABLE " + PROPERTIES + " (name VARCHAR(128) PRIMARY KEY, value TEXT)");
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + PROPERTIES
                    + " (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value")) {
                upsert.setString(1, name);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
        }

        @Override
        String binaryType() {
            return "BYTEA";
        }

        @Override
        String textType() {
            return "TEXT";
        }

        @Override
        String schema() {
            return "public";
        }
    };

    /** The kinds of schema object the store looks for before it makes one. */
    enum Kind {
        TABLE, INDEX, SEQUENCE, TRIGGER
    }

    /** The engine behind {@code connection}. */
    static Engine of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL
                : DERBY;
    }

    /** A query answering the sequence's next value. */
    abstract String nextValueOf(String sequence);

    /**
     * Makes the connection's transaction, before its first statement, read the database as it was
     * when it began: a copy must not see half of an import another computer commits meanwhile.
     */
    abstract void readOneSnapshot(Connection connection) throws SQLException;

    /** The value the sequence hands out next. */
    abstract long nextOfSequence(Connection connection, String sequence) throws SQLException;

    /** Makes the sequence hand out {@code next} next; {@code definition} creates it starting there. */
    abstract void restartSequence(Connection connection, String sequence, long next, String definition) throws SQLException;

    /** Whether the schema holds the object named {@code name} (any case, as written unquoted). */
    abstract boolean has(Connection connection, Kind kind, String name) throws SQLException;

    /** A property SwingLink keeps in the database, or null. */
    abstract String property(Connection connection, String name) throws SQLException;

    abstract void setProperty(Connection connection, String name, String value) throws SQLException;

    /** The type of a column of bytes up to 2 GB. */
    abstract String binaryType();

    /** The type of a column of text of any length. */
    abstract String textType();

    /** The schema SwingLink's tables are in, as the catalog names it. */
    abstract String schema();

    /** A name as the catalog keeps an unquoted one. */
    String catalogName(String name) {
        return this == DERBY ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    private static boolean exists(Connection connection, String catalog, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(catalog)) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
