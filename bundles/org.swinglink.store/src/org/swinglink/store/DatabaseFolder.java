package org.swinglink.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where SwingLink keeps its data: the Derby database (which holds every imported file too), the
 * working copies of a running import and Derby's log, side by side in one folder the user chooses.
 *
 * @param root the folder; created on first use
 */
public record DatabaseFolder(Path root) {
    static final String LOG = "swinglink.log";
    static final String WATCH_LOG = "watch.log";

    /** System property that moves the default folder (the launcher passes {@code --db} as well). */
    public static final String PROPERTY = "swinglink.db";

    public DatabaseFolder {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** {@code -Dswinglink.db=DIR} when set to a folder, else {@link #homeFolder()}. */
    public static DatabaseFolder defaultFolder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank() && !ServerAddress.isServerAddress(configured)) {
            return new DatabaseFolder(Path.of(configured));
        }
        return homeFolder();
    }

    /**
     * This computer's SwingLink folder: the database when none is chosen, and this computer's logs when
     * the database is a server. Where each platform keeps application data ({@link #conventionalRoot}).
     */
    public static DatabaseFolder homeFolder() {
        return new DatabaseFolder(conventionalRoot(System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    /**
     * {@code %APPDATA%\SwingLink} on Windows, {@code ~/Library/Application Support/SwingLink} on macOS,
     * {@code ~/.swinglink} elsewhere; an existing {@code ~/.swinglink} on any of them, so that a database
     * made before this rule (or moved from a Linux machine) stays where its owner knows it.
     */
    public static Path conventionalRoot(String osName, Map<String, String> environment, Path userHome) {
        Path dotFolder = userHome.resolve(".swinglink");
        if (Files.isDirectory(dotFolder)) {
            return dotFolder;
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path roaming = appData == null || appData.isBlank() ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return roaming.resolve("SwingLink");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("SwingLink");
        }
        return dotFolder;
    }

    public Path derbyDirectory() {
        return root.resolve("derby");
    }

    /** Whether the folder holds a database Derby made, rather than nothing yet (opening would make one). */
    public boolean holdsDatabase() {
        return Files.exists(derbyDirectory().resolve("service.properties"));
    }

    /**
     * Where releases before the files were kept in the database copied them, one folder per import;
     * emptied by the upgrade.
     */
    Path legacyArchiveDirectory() {
        return root.resolve("archive");
    }

    /** Working copies of running imports' files (ZIPs unpacked); removed when each import ends. */
    public Path workDirectory() {
        return root.resolve("work");
    }

    public Path workDirectory(String importSessionId) {
        return workDirectory().resolve(importSessionId);
    }

    public Path derbyLog() {
        return root.resolve("derby.log");
    }

    /** SwingLink's own log: what went wrong in a command, with the details a user is spared. */
    public Path log() {
        return root.resolve(LOG);
    }

    /** Where {@code swinglink watch} writes a line per import unless told another file. */
    public Path watchLog() {
        return root.resolve(WATCH_LOG);
    }
}
