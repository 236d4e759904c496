package org.swinglink.ui.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench's preferences (instance scope, node {@code org.swinglink.ui}): where the database
 * lives, the default time zone of files' local timestamps, and the matching tolerance.
 */
public final class UiPreferences {
    public static final String NODE = "org.swinglink.ui";
    /** The database: a folder or a server address, as the CLI's {@code --db} takes it. */
    public static final String DATABASE = "database";
    /** Where releases that took only a folder kept it: read while {@link #DATABASE} is unset, so that choice survives. */
    public static final String DATABASE_FOLDER = "databaseFolder";
    public static final String DEFAULT_ZONE = "defaultZone";
    public static final String TOLERANCE_SECONDS = "toleranceSeconds";
    public static final double DEFAULT_TOLERANCE_SECONDS = 2.0;

    private UiPreferences() {
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    /**
     * The database chosen in the preferences, a folder or a server address as the user wrote it;
     * empty means the default (or -Dswinglink.db).
     */
    public static Optional<String> database() {
        IEclipsePreferences node = node();
        String value = node.get(DATABASE, node.get(DATABASE_FOLDER, ""));
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The zone local timestamps are read in unless the import says otherwise; this computer's by default. */
    public static ZoneId defaultZone() {
        String value = node().get(DEFAULT_ZONE, "");
        try {
            return value.isBlank() ? ZoneId.systemDefault() : ZoneId.of(value);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    public static double toleranceSeconds() {
        return node().getDouble(TOLERANCE_SECONDS, DEFAULT_TOLERANCE_SECONDS);
    }

    /** @param database a folder or a server address; null or blank for the default */
    public static void save(String database, ZoneId defaultZone, double toleranceSeconds) throws BackingStoreException {
        IEclipsePreferences node = node();
        node.put(DATABASE, database == null ? "" : database.strip());
        node.remove(DATABASE_FOLDER); // read only until the new key is written
        node.put(DEFAULT_ZONE, defaultZone.getId());
        node.putDouble(TOLERANCE_SECONDS, toleranceSeconds);
        node.flush();
    }
}
