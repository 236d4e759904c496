package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;
import org.swinglink.store.StoreException;

/**
 * Opening the database says what is wrong in words, not as a Derby stack trace, and brings the
 * tables up to date when the entities changed.
 */
class StoreOpeningTest {
    @TempDir
    Path folder;

    @Test
    void givenAnEmptyFolder_whenOpened_thenTheSchemaIsCreated() {
        try (Store store = Store.open(new DatabaseFolder(folder.resolve("new")))) {
            assertEquals(0, store.queries().importSessions().size());
            assertTrue(columns(store, "IMPORTED_FILES").containsAll(List.of("ORIGINAL_GZIP", "RAW_COLUMNS")),
                    "not mapped, added by the store");
            assertFalse(columns(store, "SENSOR_SWINGS").contains("RAW_DATA_JSON"), "rows keep no copy of their columns");
            assertFalse(columns(store, "HITTRAX_EVENTS").contains("RAW_DATA_JSON"));
        }
        assertTrue(Files.exists(folder.resolve("new/derby/service.properties")));
    }

    @Test
    void givenADatabaseOfANewerRelease_whenOpened_thenItIsRefusedUntouchedWithTheReason() throws Exception {
        DatabaseFolder database = new DatabaseFolder(folder.resolve("db"));
        try (Store store = Store.open(database)) {
            execute(store, "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('swinglink.schema.version', '99')");
        }

        StoreException e = assertThrows(StoreException.class, () -> Store.open(database));

        assertTrue(e.getMessage().contains("written by a newer SwingLink (format 99)"), e.getMessage());
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

    @Test
    void givenADatabaseLastOpenedByAnEarlierBuild_whenOpened_thenItsTablesGetTheMissingColumns() throws Exception {
        DatabaseFolder database = new DatabaseFolder(folder.resolve("db"));
        try (Store store = Store.open(database)) {
            execute(store, "ALTER TABLE import_players DROP COLUMN offset_support",
                    "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('swinglink.schema.stamp', 'an earlier build')");
        }

        try (Store store = Store.open(database)) {
            assertTrue(columns(store, "IMPORT_PLAYERS").contains("OFFSET_SUPPORT"));
        }
    }

    @Test
    void givenADatabaseLastOpenedByThisBuild_whenOpenedAgain_thenItsTablesAreNotReadAgain() throws Exception {
        DatabaseFolder database = new DatabaseFolder(folder.resolve("db"));
        try (Store store = Store.open(database)) {
            execute(store, "ALTER TABLE import_players DROP COLUMN offset_support");
        }

        try (Store store = Store.open(database)) {
            assertFalse(columns(store, "IMPORT_PLAYERS").contains("OFFSET_SUPPORT"),
                    "the stamp says the schema is current, so it is taken as it is");
        }
    }

    @Test
    void givenAnOwnerRecordThatCannotBeReadOrReplaced_whenOpened_thenTheDatabaseOpensAndTheLogSaysWhy() throws Exception {
        Path database = folder.resolve("db");
        Files.createDirectories(database);
        Files.writeString(database.resolve("owner.properties"), "pid=1\nsince=yesterday\n");
        Path other = folder.resolve("other");
        Files.createDirectories(other.resolve("owner.properties/in-the-way")); // a folder where the record goes
        List<String> logged = new ArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger owners = Logger.getLogger("org.swinglink.store.DatabaseOwner");
        owners.addHandler(collect);
        try {
            try (Store store = Store.open(new DatabaseFolder(database))) {
                assertEquals(0, store.queries().importSessions().size());
            }
            try (Store store = Store.open(new DatabaseFolder(other))) {
                assertEquals(0, store.queries().importSessions().size());
            }
        } finally {
            owners.removeHandler(collect);
        }

        assertTrue(logged.stream().anyMatch(line -> line.startsWith("WARNING Cannot read the owner record "
                + database.resolve("owner.properties") + ": java.time.format.DateTimeParseException")), logged.toString());
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("WARNING Cannot record this process as the owner of the"
                + " database in " + other.resolve("owner.properties") + ": java.nio.file.")), logged.toString());
        try (Stream<Path> left = Files.list(other)) {
            assertEquals(List.of(), left.filter(path -> path.getFileName().toString().endsWith(".tmp")).toList(),
                    "the temporary record that could not take its place is gone");
        }
    }

    private static void execute(Store store, String... statements) {
        store.runInTransaction(em -> {
            try (Statement statement = em.unwrap(Connection.class).createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Set<String> columns(Store store, String table) {
        return store.inTransaction(em -> {
            Set<String> names = new HashSet<>();
            try (ResultSet columns = em.unwrap(Connection.class).getMetaData().getColumns(null, null, table, null)) {
                while (columns.next()) {
                    names.add(columns.getString("COLUMN_NAME"));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return names;
        });
    }
}
