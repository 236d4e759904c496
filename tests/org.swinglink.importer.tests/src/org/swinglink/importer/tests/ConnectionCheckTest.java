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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.store.ConnectionCheck;
import org.swinglink.store.ConnectionCheck.Result;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.PasswordSource;
import org.swinglink.store.ServerAddress;
import org.swinglink.store.Store;
import org.swinglink.store.StoreException;
import org.swinglink.testing.PostgresServer;

/**
 * The check behind File > Preferences' Test connection, on a real PostgreSQL server and real
 * folders: one sentence saying what was found, and nothing made or changed by looking.
 */
class ConnectionCheckTest {
    @TempDir
    Path folder;

    private PasswordSource password(String password) {
        return new PasswordSource(Map.of("PGPASSWORD", password), folder);
    }

    @Test
    void givenANewDatabaseOnTheServer_whenChecked_thenConnectedAndTheTablesWillBeMadeButNoneIsMadeByTheCheck() throws SQLException {
        PostgresServer server = PostgresServer.get();
        String address = server.newDatabase();

        Result result = ConnectionCheck.server(ServerAddress.parse(address, "nobody"), password(server.password()));

        assertTrue(result.ok(), result.sentence());
        assertTrue(result.sentence().matches("Connected to PostgreSQL \\d+[.\\w]* as swinglink; the SwingLink tables will be"
                + " made at first use\\."), result.sentence());
        assertEquals(0, tablesIn(server, address), "tables the check made");
    }

    @Test
    void givenADatabaseSwingLinkOpenedBefore_whenChecked_thenTheTablesAreThere() {
        PostgresServer server = PostgresServer.get();
        String address = server.newDatabase();
        ServerAddress parsed = ServerAddress.parse(address, "nobody");
        Store.open(parsed, password(server.password()), new DatabaseFolder(folder.resolve("local"))).close();

        Result result = ConnectionCheck.server(parsed, password(server.password()));

        assertTrue(result.ok(), result.sentence());
        assertTrue(result.sentence().endsWith(" as swinglink; the SwingLink tables are there."), result.sentence());
    }

    @Test
    void givenARoleThatMayNotMakeTables_whenCheckedOnADatabaseWithoutThem_thenItSaysTheOwnerMustConnectFirst() throws SQLException {
        PostgresServer server = PostgresServer.get();
        String address = server.newDatabase();
        String role = "coach_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        try (Connection connection = server.connect(address); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'coach-Pa55'");
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
        String asCoach = address.replace("postgresql://swinglink@", "postgresql://" + role + "@");

        Result result = ConnectionCheck.server(ServerAddress.parse(asCoach, "nobody"), password("coach-Pa55"));

        assertFalse(result.ok(), result.sentence());
        assertTrue(result.sentence().contains(" as " + role + ", but the SwingLink tables are not there and " + role
                + " may not make them"), result.sentence());
        assertFalse(result.sentence().contains("coach-Pa55"), result.sentence());
    }

    @Test
    void givenAWrongPassword_whenChecked_thenTheCliSentenceWithoutThePassword() {
        PostgresServer server = PostgresServer.get();
        String address = server.newDatabase();

        Result result = ConnectionCheck.server(ServerAddress.parse(address, "nobody"), password("not-the-Pa55word"));

        assertFalse(result.ok());
        assertTrue(result.sentence().startsWith("Cannot use the database postgresql://swinglink@127.0.0.1:"), result.sentence());
        assertTrue(result.sentence().contains("password authentication failed"), result.sentence());
        assertFalse(result.sentence().contains("not-the-Pa55word"), result.sentence());
        assertFalse(result.sentence().contains(server.password()), result.sentence());
    }

    @Test
    void givenNothingListeningAtTheAddress_whenChecked_thenOneSentenceSaysTheConnectionWasRefused() {
        Result result = ConnectionCheck.of("postgresql://swinglink@127.0.0.1:9/swinglink", password("whatever"));

        assertFalse(result.ok());
        assertTrue(result.sentence().startsWith("Cannot use the database postgresql://swinglink@127.0.0.1:9/swinglink: "),
                result.sentence());
        assertTrue(result.sentence().contains("refused"), result.sentence());
        assertFalse(result.sentence().contains("\n"), result.sentence());
    }

    @Test
    void givenAnAddressHoldingAPassword_whenChecked_thenRefusedWithoutConnectingOrRepeatingIt() {
        Result result = ConnectionCheck.of("postgresql://swinglink:Secret99@127.0.0.1:9/swinglink", password("whatever"));

        assertFalse(result.ok());
        assertTrue(result.sentence().contains("the address holds a password"), result.sentence());
        assertFalse(result.sentence().contains("Secret99"), result.sentence());
    }

    @Test
    void givenAFolder_whenChecked_thenANewDatabaseWillBeMadeThereAndTheCheckMadeNothing() {
        Path database = folder.resolve("new-db");

        Result result = ConnectionCheck.of(database.toString());

        assertTrue(result.ok(), result.sentence());
        assertEquals("There is no SwingLink database in " + database + " yet: a new one will be made there at first use.",
                result.sentence());
        assertFalse(Files.exists(database), "the check made the folder");
    }

    @Test
    void givenAFolderHoldingADatabase_whenChecked_thenItSaysSo() {
        DatabaseFolder database = new DatabaseFolder(folder.resolve("db"));
        Store.open(database).close();

        Result result = ConnectionCheck.of(database.root().toString());

        assertTrue(result.ok(), result.sentence());
        assertEquals("The folder " + database.root() + " holds a SwingLink database.", result.sentence());
    }

    @Test
    void givenAFile_whenCheckedAsAFolder_thenItFails() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "not a folder");

        Result result = ConnectionCheck.of(file.toString());

        assertFalse(result.ok());
        assertEquals("The database folder " + file + " is a file.", result.sentence());
    }

    @Test
    void givenAFolderOfOtherFiles_whenChecked_thenItFailsAsOpeningWould() throws Exception {
        Path exports = Files.createDirectories(folder.resolve("exports"));
        Files.writeString(exports.resolve("session.csv"), "a user's own file");

        Result result = ConnectionCheck.of(exports.toString());
        StoreException opening = assertThrows(StoreException.class, () -> Store.open(new DatabaseFolder(exports)));

        assertFalse(result.ok());
        assertTrue(result.sentence().startsWith("There is no SwingLink database in " + exports
                + ", and it holds other files (session.csv), so none is made there."), result.sentence());
        assertEquals(opening.getMessage(), result.sentence());
        assertEquals(List.of("session.csv"), Files.list(exports).map(p -> p.getFileName().toString()).toList());
    }

    private static int tablesIn(PostgresServer server, String address) throws SQLException {
        try (Connection connection = server.connect(address); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
