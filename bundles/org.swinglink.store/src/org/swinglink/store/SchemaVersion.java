package org.swinglink.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The format a database's rows are kept in, as a Derby database property. Releases before it had
 * none (version 1: times as the writing computer's wall clock); a database of an earlier version
 * is brought to {@link #CURRENT} once, in one transaction, before the schema is extended for the
 * entities ({@link SchemaStamp}): either every step is made or none.
 */
final class SchemaVersion {
    static final String PROPERTY = "swinglink.schema.version";
    /** 2: times in UTC milliseconds; each imported file kept in its row, no raw JSON per row. */
    static final int CURRENT = 2;

    private SchemaVersion() {
    }

    /** What an upgrade told the user, and the folder it emptied into the database, to remove once committed. */
    record Upgrade(List<String> notes, Path movedIntoTheDatabase) {
        static final Upgrade NONE = new Upgrade(List.of(), null);
    }

    /**
     * Upgrades the database on {@code connection} (in the caller's transaction).
     *
     * @param computerZone the zone an earlier release wrote its times in: this computer's
     */
    static Upgrade upgrade(Connection connection, ZoneId computerZone, DatabaseFolder folder) throws SQLException, IOException {
        int version = of(connection);
        if (version > CURRENT) {
            throw new StoreException("This database was written by a newer SwingLink (format " + version
                    + "); this release reads formats up to " + CURRENT + ". Open it with that release or a later one.");
        }
        if (version >= 2) {
            return Upgrade.NONE;
        }
        List<String> notes = new ArrayList<>();
        int converted = new UtcTimesUpgrade(connection, computerZone).run();
        notes.add("Upgraded the database to this release's format: its " + String.format("%,d", converted)
                + " times were kept as local times of this computer's zone (" + computerZone.getId()
                + ") and are now kept in UTC, so they read the same in every zone.");
        Path removable = null;
        if (OriginalsUpgrade.needed(connection)) {
            OriginalsUpgrade originals = new OriginalsUpgrade(connection, folder.legacyArchiveDirectory());
            notes.add(originals.run());
            removable = originals.movedAll() ? folder.legacyArchiveDirectory() : null;
        }
        return new Upgrade(notes, removable);
    }

    /** The version of the database's rows: {@link #CURRENT} for a new database, 1 for one without the property. */
    static int of(Connection connection) throws SQLException {
        String stored = property(connection);
        if (stored != null) {
            return Integer.parseInt(stored);
        }
        return hasTables(connection) ? 1 : CURRENT;
    }

    /** Records the current format; writes only when it is not recorded yet, so a role that may only read and write rows can open the database. */
    static void markCurrent(Connection connection) throws SQLException {
        if (!Integer.toString(CURRENT).equals(property(connection))) {
            Engine.of(connection).setProperty(connection, PROPERTY, Integer.toString(CURRENT));
        }
    }

    private static String property(Connection connection) throws SQLException {
        return Engine.of(connection).property(connection, PROPERTY);
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        return Engine.of(connection).has(connection, Engine.Kind.TABLE, "sensor_swings");
    }
}
