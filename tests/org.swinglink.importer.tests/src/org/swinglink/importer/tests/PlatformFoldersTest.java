package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.PasswordSource;

/** Where SwingLink keeps its database and finds a server's password when nobody says: each platform's convention. */
class PlatformFoldersTest {
    @TempDir
    Path home;

    @Test
    void givenEachPlatform_whenNoFolderIsChosen_thenTheDatabaseLiesWhereThatPlatformKeepsApplicationData() {
        Path roaming = home.resolve("AppData").resolve("Roaming");
        Map<String, String> windows = Map.of("APPDATA", roaming.toString());

        assertEquals(roaming.resolve("SwingLink"), DatabaseFolder.conventionalRoot("Windows 11", windows, home));
        assertEquals(home.resolve("Library/Application Support/SwingLink"),
                DatabaseFolder.conventionalRoot("Mac OS X", Map.of(), home));
        assertEquals(home.resolve(".swinglink"), DatabaseFolder.conventionalRoot("Linux", Map.of(), home));
    }

    @Test
    void givenWindowsWithoutAppData_whenNoFolderIsChosen_thenTheRoamingFolderUnderHomeIsUsed() {
        assertEquals(home.resolve("AppData").resolve("Roaming").resolve("SwingLink"),
                DatabaseFolder.conventionalRoot("Windows 10", Map.of("APPDATA", " "), home));
    }

    @Test
    void givenAnExistingDotSwinglink_whenNoFolderIsChosen_thenItIsKeptOnEveryPlatform() throws IOException {
        Path existing = Files.createDirectory(home.resolve(".swinglink"));

        assertEquals(existing, DatabaseFolder.conventionalRoot("Windows 11", Map.of("APPDATA", home.toString()), home));
        assertEquals(existing, DatabaseFolder.conventionalRoot("Mac OS X", Map.of(), home));
        assertEquals(existing, DatabaseFolder.conventionalRoot("Linux", Map.of(), home));
    }

    @Test
    void givenEachPlatform_whenNoPasswordFileIsNamed_thenLibpqsDefaultFileIsRead() {
        Path appData = home.resolve("AppData").resolve("Roaming");

        assertEquals(appData.resolve("postgresql").resolve("pgpass.conf"),
                PasswordSource.defaultFile("Windows 11", Map.of("APPDATA", appData.toString()), home));
        assertEquals(home.resolve(".pgpass"), PasswordSource.defaultFile("Mac OS X", Map.of(), home));
        assertEquals(home.resolve(".pgpass"), PasswordSource.defaultFile("Linux", Map.of("APPDATA", appData.toString()), home));
    }
}
