package org.swinglink.store;

import java.nio.file.Path;

/**
 * A user's one database setting (the CLI's {@code --db}, the workbench's preference): a server
 * address ({@link ServerAddress#isServerAddress}) or a folder; blank means {@code -Dswinglink.db},
 * else {@link DatabaseFolder#homeFolder()}. Read in one place so that opening and checking a setting agree.
 */
final class DatabaseSetting {
    private DatabaseSetting() {
    }

    /** The setting in force: {@code setting}, else {@code -Dswinglink.db}; null when neither is set. */
    static String effective(String setting) {
        return setting == null || setting.isBlank() ? System.getProperty(DatabaseFolder.PROPERTY) : setting;
    }

    static boolean namesServer(String effective) {
        return effective != null && ServerAddress.isServerAddress(effective);
    }

    /** @throws StoreException saying what is wrong with the address, never a password it held */
    static ServerAddress server(String effective) {
        try {
            return ServerAddress.parse(effective, System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            throw new StoreException("Cannot use the database " + ServerAddress.withoutPassword(effective) + ": "
                    + e.getMessage(), e);
        }
    }

    static DatabaseFolder folder(String effective) {
        return effective == null || effective.isBlank() ? DatabaseFolder.homeFolder() : new DatabaseFolder(Path.of(effective));
    }
}
