package org.swinglink.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.importer.ImportReport;
import org.swinglink.model.UserRole;
import org.swinglink.store.AggregateSettings;
import org.swinglink.store.Aggregates;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Metric;
import org.swinglink.store.PasswordSource;
import org.swinglink.store.SeasonQueries.Grouping;
import org.swinglink.store.SeasonQueries.Period;
import org.swinglink.store.SeasonQueries.PlayerAggregates;
import org.swinglink.store.ServerAddress;
import org.swinglink.store.Store;
import org.swinglink.store.StoreException;
import org.swinglink.testing.PostgresServer;

/**
 * The store on a real PostgreSQL server (started for the tests, see {@link PostgresServer}) against
 * the same files in embedded Derby: the same rows, pairs and season figures; a server that refuses
 * or is not there answered in one sentence that never holds the password.
 */
class PostgresStoreTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @TempDir
    Path folder;

    private Store openOnServer(String address, String password) {
        return Store.open(ServerAddress.parse(address, "nobody"), new PasswordSource(Map.of("PGPASSWORD", password), folder),
                new DatabaseFolder(folder.resolve("local")));
    }

    @Test
    void givenTheSameFiles_whenImportedOnAServerAndIntoDerby_thenBothHoldTheSameRowsPairsAndFigures() {
        PostgresServer server = PostgresServer.get();
        try (ImportFixture derby = new ImportFixture(folder.resolve("derby"));
                ImportFixture postgres = new ImportFixture(folder.resolve("postgres"),
                        openOnServer(server.newDatabase(), server.password()))) {
            for (ImportFixture fixture : List.of(derby, postgres)) {
                ImportReport jane = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv",
                        "paired/Metrics - Jane Doe.csv");
                assertTrue(jane.succeeded(), jane.toString());
                assertTrue(fixture.importForPlayer("Klayton Kiser", "blast/Metrics - Klayton Kiser.csv").succeeded());
                ImportReport again = fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv");
                assertTrue(again.warnings().stream().anyMatch(w -> w.contains("already imported")), again.warnings().toString());
            }

            for (String entity : List.of("SensorSwing", "HitTraxEvent", "ImportSession", "User")) {
                assertEquals(derby.count(entity), postgres.count(entity), entity + " rows");
            }
            assertTrue(postgres.count("SensorSwing") > 100);
            assertEquals(pairs(derby), pairs(postgres), "the pairs, by sensor time");
            Instant from = LocalDate.of(2023, 1, 1).atStartOfDay(CHICAGO).toInstant();
            Instant to = LocalDate.of(2025, 1, 1).atStartOfDay(CHICAGO).toInstant().minusMillis(1);
            assertSameFigures(derby.store.seasons().leaderboard(from, to, AggregateSettings.DEFAULT),
                    postgres.store.seasons().leaderboard(from, to, AggregateSettings.DEFAULT));
            String janeOnServer = postgres.store.queries().findUser(UserRole.PLAYER, "Jane Doe").orElseThrow().getId();
            String janeInDerby = derby.store.queries().findUser(UserRole.PLAYER, "Jane Doe").orElseThrow().getId();
            List<Period> sessions = postgres.store.seasons().periodsOfPlayer(janeOnServer, null, null, Grouping.SESSION,
                    CHICAGO, AggregateSettings.DEFAULT);
            List<Period> inDerby = derby.store.seasons().periodsOfPlayer(janeInDerby, null, null, Grouping.SESSION, CHICAGO,
                    AggregateSettings.DEFAULT);
            assertEquals(inDerby.stream().map(p -> p.start() + "/" + p.end()).toList(),
                    sessions.stream().map(p -> p.start() + "/" + p.end()).toList());
            for (int i = 0; i < sessions.size(); i++) {
                assertSameMetrics(inDerby.get(i).aggregates(), sessions.get(i).aggregates(), "session " + sessions.get(i).start());
            }
        }
    }

    @Test
    void givenBlastSwingsImportedOnAServer_whenReadAndExported_thenTheyKeepTheirOnPlaneEfficiency() throws Exception {
        PostgresServer server = PostgresServer.get();
        try (ImportFixture postgres = new ImportFixture(folder.resolve("postgres"),
                openOnServer(server.newDatabase(), server.password()))) {
            assertTrue(postgres.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv")
                    .succeeded());
            assertTrue(postgres.importForPlayer("Klayton Kiser", "blast/Metrics - Klayton Kiser.csv").succeeded());

            // "Oct 04, 2023 09:38:37 am",Bat,Left,"Live Pitch",61,65,64,71.6,18.6,78,5,...: written by COPY
            Double firstOfKlayton = postgres.store.read(em -> em.createQuery("""
                    SELECT s.onPlaneEfficiency FROM SensorSwing s WHERE s.user.name = 'Klayton Kiser' AND s.sourceLine = 2""",
                    Double.class).getSingleResult());
            assertEquals(78.0, firstOfKlayton);
            String jane = postgres.store.queries().findUser(UserRole.PLAYER, "Jane Doe").orElseThrow().getId();
            List<String> rows = ExportTest.csv(each -> postgres.store.queries().eachMatchedSwingOfPlayer(jane, each));
            assertEquals(1 + 43, rows.size());
            ExportTest.assertOnPlaneEfficiencyAsStored(postgres, rows);
        }
    }

    private static List<String> pairs(ImportFixture fixture) {
        return fixture.store.read(em -> em.createQuery("""
                SELECT s.sensorTimestamp, e.eventTimestamp FROM SensorSwing s JOIN s.hittraxEvent e
                ORDER BY s.sensorTimestamp""", Object[].class).getResultList()).stream()
                .map(row -> row[0] + "->" + row[1]).toList();
    }

    private static void assertSameFigures(List<PlayerAggregates> expected, List<PlayerAggregates> actual) {
        assertEquals(expected.stream().map(PlayerAggregates::name).toList(), actual.stream().map(PlayerAggregates::name).toList());
        assertEquals(2, actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSameMetrics(expected.get(i).current(), actual.get(i).current(), expected.get(i).name());
        }
    }

    /** Every metric alike, but for the last bits of sums added in another order. */
    private static void assertSameMetrics(Aggregates inDerby, Aggregates onServer, String what) {
        for (Metric metric : Metric.values()) {
            Double want = metric.of(inDerby);
            Double got = metric.of(onServer);
            assertTrue(want == null ? got == null : got != null && Math.abs(want - got) < 1e-9,
                    what + " " + metric + ": " + want + " in Derby, " + got + " on the server");
        }
    }

    @Test
    void givenAWorkbenchListening_whenAnotherProgramCommitsAChange_thenItLearnsWhichTablesButNotOfItsOwnChanges() throws Exception {
        PostgresServer server = PostgresServer.get();
        String address = server.newDatabase();
        BlockingQueue<Set<String>> heard = new LinkedBlockingQueue<>();
        try (ImportFixture fixture = new ImportFixture(folder.resolve("server"), openOnServer(address, server.password()));
                Store.Listening listening = fixture.store.onChangesByOthers(heard::add)) {
            assertTrue(fixture.importForPlayer("Jane Doe", "hittrax/jane-doe-2024-10-14.csv", "paired/Metrics - Jane Doe.csv")
                    .succeeded());
            Set<String> ownImport = heard.poll(2, TimeUnit.SECONDS);

            try (Connection other = server.connect(address)) { // another program: its own application name
                other.setAutoCommit(false);
                try (Statement change = other.createStatement()) {
                    change.executeUpdate("UPDATE sensor_swings SET assigned_by = 'coach' WHERE hittrax_event_id IS NULL");
                    assertNull(heard.poll(1, TimeUnit.SECONDS), "nothing is told before the change commits");
                    other.commit();
                }
            }
            Set<String> othersChange = heard.poll(10, TimeUnit.SECONDS);

            assertNull(ownImport, "the store's own import is not news to it");
            assertEquals(Set.of("sensor_swings"), othersChange);
        }
    }

    @Test
    void givenManyReadsOneAfterAnother_whenOnAServer_thenTheyShareAFewConnectionsInsteadOfALoginEach() {
        PostgresServer server = PostgresServer.get();
        try (Store store = openOnServer(server.newDatabase(), server.password())) {
            Set<Object> serverProcesses = new HashSet<>();
            for (int read = 0; read < 40; read++) {
                serverProcesses.add(store.read(em -> em.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()));
            }

            assertTrue(serverProcesses.size() <= 8, "40 reads used " + serverProcesses.size() + " connections");
        }
    }

    @Test
    void givenAWrongPassword_whenTheStoreOpens_thenOneSentenceNamesTheServerAndTheReasonButNotThePassword() {
        PostgresServer server = PostgresServer.get();
        String address = server.newDatabase();

        StoreException refused = assertThrows(StoreException.class, () -> openOnServer(address, "not-the-Pa55word"));

        assertTrue(refused.getMessage().startsWith("Cannot use the database postgresql://swinglink@127.0.0.1:"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("password authentication failed"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-the-Pa55word"), refused.getMessage());
        assertFalse(refused.getMessage().contains(server.password()), refused.getMessage());
    }

    @Test
    void givenNoServerAtTheAddress_whenTheStoreOpens_thenOneSentenceSaysTheConnectionWasRefused() {
        StoreException refused = assertThrows(StoreException.class,
                () -> openOnServer("postgresql://swinglink@127.0.0.1:9/swinglink", "whatever"));

        assertTrue(refused.getMessage().startsWith("Cannot use the database postgresql://swinglink@127.0.0.1:9/swinglink: "),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
    }
}
