package org.swinglink.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where SwingLink keeps its data: the Derby database, the archive of every imported file (by
 * import session) and Derby's log, side by side in one folder the user chooses.
 *
 * @param root the folder; created on first use
 */
public record DatabaseFolder(Path root) {
    /** System property that moves the default folder (the launcher passes {@code --db} as well). */
    public static final String PROPERTY = "swinglink.db";

    public DatabaseFolder {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** {@code -Dswinglink.db=DIR} when set, else {@code ~/.swinglink}. */
    public static DatabaseFolder defaultFolder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new DatabaseFolder(Path.of(configured));
        }
        return new DatabaseFolder(Path.of(System.getProperty("user.home"), ".swinglink"));
    }

    public Path derbyDirectory() {
        return root.resolve("derby");
    }

    /** Copies of the imported files, one folder per import session. */
    public Path archiveDirectory() {
        return root.resolve("archive");
    }

    public Path archiveDirectory(String importSessionId) {
        return archiveDirectory().resolve(importSessionId);
    }

    public Path derbyLog() {
        return root.resolve("derby.log");
    }

    /** SwingLink's own log: what went wrong in a command, with the details a user is spared. */
    public Path log() {
        return root.resolve("swinglink.log");
    }
}
