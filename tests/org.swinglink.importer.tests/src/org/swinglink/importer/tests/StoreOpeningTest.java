package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;
import org.swinglink.store.StoreException;

/** Opening the database says what is wrong in words, not as a Derby stack trace. */
class StoreOpeningTest {
    @TempDir
    Path folder;

    @Test
    void givenAnEmptyFolder_whenOpened_thenTheSchemaIsCreated() {
        try (Store store = Store.open(new DatabaseFolder(folder.resolve("new")))) {
            assertEquals(0, store.queries().importSessions().size());
        }
        assertTrue(Files.exists(folder.resolve("new/derby/service.properties")));
    }

    @Test
    void givenAFileWhereTheFolderShouldBe_whenOpened_thenTheMessageSaysItCannotBeCreated() throws Exception {
        Path file = Files.writeString(folder.resolve("occupied"), "not a folder");

        StoreException e = assertThrows(StoreException.class, () -> Store.open(new DatabaseFolder(file)));

        assertTrue(e.getMessage().startsWith("Cannot create the database folder " + file), e.getMessage());
    }

    @Test
    void givenAForeignDerbyFolder_whenOpened_thenItIsLeftAlone() throws Exception {
        Files.createDirectories(folder.resolve("derby/seg0"));
        Files.writeString(folder.resolve("derby/someone-elses-notes.txt"), "not written by Derby");

        StoreException e = assertThrows(StoreException.class, () -> Store.open(new DatabaseFolder(folder)));

        assertTrue(e.getMessage().contains("is not a SwingLink database"), e.getMessage());
    }

    @Test
    void givenADatabaseWhoseCreationWasKilled_whenOpened_thenItIsCreatedAfresh() throws Exception {
        // What a process killed while Derby created the database leaves: data and log folders, no service.properties.
        Files.createDirectories(folder.resolve("derby/seg0"));
        Files.createDirectories(folder.resolve("derby/log"));
        Files.writeString(folder.resolve("derby/db.lck"), "");

        try (Store store = Store.open(new DatabaseFolder(folder))) {
            assertEquals(0, store.queries().importSessions().size());
        }
        assertTrue(Files.exists(folder.resolve("derby/service.properties")));
    }
}
