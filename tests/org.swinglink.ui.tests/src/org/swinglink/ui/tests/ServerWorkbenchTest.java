package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.PasswordSource;
import org.swinglink.store.ServerAddress;
import org.swinglink.store.Store;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.PostgresServer;
import org.swinglink.testing.Services;
import org.swinglink.ui.SwingLinkUi;

/**
 * The workbench on a shared PostgreSQL server while another program changes its data: the desk
 * shows the change by itself, as PostgreSQL's change notices reach it, with nobody pressing a key.
 */
class ServerWorkbenchTest {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));

    @TempDir
    static Path folder;

    private static PostgresServer server;
    private static String address;
    private static RunningWorkbench workbench;

    @BeforeAll
    static void importUnassignedSwingsOnTheServerAndOpenTheWorkbenchThere() throws Exception {
        server = PostgresServer.get();
        address = server.newDatabase();
        ServerPasswordFile.writeFor(server);
        Path files = folder.resolve("input");
        Path blast = Files.move(Fixtures.copy("paired/Metrics - Jane Doe.csv", files), files.resolve("swings.csv"));
        try (Store initial = Store.open(ServerAddress.parse(address, "nobody"),
                new PasswordSource(Map.of("PGPASSWORD", server.password()), folder), new DatabaseFolder(folder.resolve("local")))) {
            ImportReport report = Services.await(Importer.class).importFiles(initial,
                    ImportRequest.bulk(List.of(blast), CHICAGO, "coach"));
            assertTrue(report.succeeded(), report.errorMessage());
            assertEquals(47, initial.queries().unassignedSensorSwings().size());
        }
        System.setProperty(DatabaseFolder.PROPERTY, address);
        workbench = RunningWorkbench.start();
        assertNotNull(workbench.context().get(Store.class), "the workbench opened the server's database");
        Driving.showPart(workbench, SwingLinkUi.PART_UNASSIGNED_SWINGS);
    }

    @AfterAll
    static void closeTheWorkbench() {
        System.clearProperty(DatabaseFolder.PROPERTY);
        RunningWorkbench.close(workbench);
    }

    @Test
    void givenTheDeskOpen_whenAnotherProgramAssignsSwings_thenTheDeskDropsThemByItself() throws Exception {
        DeskDriver desk = new DeskDriver(workbench, workbench.context().get(Store.class));
        desk.waitForRows(47, "47 unassigned swings");

        try (Connection otherProgram = server.connect(address);
                PreparedStatement player = otherProgram.prepareStatement("""
                        INSERT INTO users (id, name, name_key, role, created_at)
                        VALUES ('cage-player', 'Cage Player', 'cage player', 'PLAYER', 0)""");
                PreparedStatement assign = otherProgram.prepareStatement("""
                        UPDATE sensor_swings SET assigned = TRUE, assigned_by = 'cage PC', user_id = 'cage-player'
                        WHERE id IN (SELECT id FROM sensor_swings WHERE assigned = FALSE ORDER BY sensor_timestamp LIMIT 5)""")) {
            otherProgram.setClientInfo("ApplicationName", "another SwingLink"); // as a second workbench or the cage PC names itself
            otherProgram.setAutoCommit(false);
            player.executeUpdate();
            assertEquals(5, assign.executeUpdate());
            otherProgram.commit();
        }

        Table table = desk.waitForRows(42, "42 unassigned swings");
        assertEquals(42, (int) workbench.sync(table::getItemCount), "the desk reloaded with no key pressed");
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(workbench.mainShell(), "server-desk-after-another-programs-assignment"));
    }
}
