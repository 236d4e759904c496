package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.swinglink.testing.PostgresServer;

/**
 * The test server's password where the workbench's PasswordSource finds it, as a user's would be:
 * the file PGPASSFILE names (the build sets it for the UI tests), readable by its owner only.
 */
final class ServerPasswordFile {
    private ServerPasswordFile() {
    }

    static void writeFor(PostgresServer server) throws IOException {
        String file = System.getenv("PGPASSFILE");
        assertNotNull(file, "the build names a password file for the UI tests in PGPASSFILE");
        Path passwords = Path.of(file);
        Files.createDirectories(passwords.getParent());
        Files.writeString(passwords, "*:*:*:*:" + server.password().replace("\\", "\\\\").replace(":", "\\:") + "\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
    }
}
