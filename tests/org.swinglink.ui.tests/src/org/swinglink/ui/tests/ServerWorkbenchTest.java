package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.store.PasswordSource;
import org.swinglink.testing.PostgresServer;
import org.swinglink.ui.SwingLinkUi;

/**
 * The workbench on a shared PostgreSQL server while another program changes its data: the desk
 * shows the change by itself, as PostgreSQL's change notices reach it, with nobody pressing a key.
 */
class ServerWorkbenchTest {
    private static PostgresServer server;
    private static String address;

    /** Jane Doe's 47 Blast swings, in a file that names nobody, on a database of the test server. */
    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(database -> {
        server = PostgresServer.get();
        address = server.newDatabase();
        ServerPasswordFile.writeFor(server);
        database.useServer(address, new PasswordSource(Map.of("PGPASSWORD", server.password()), database.folder()));
        database.bulk(database.fixture("paired/Metrics - Jane Doe.csv", "swings.csv"));
        assertEquals(47, database.store().queries().unassignedSensorSwings().size());
    });

    @BeforeAll
    static void showTheDesk() {
        workbench.store();
        Driving.showPart(workbench, SwingLinkUi.PART_UNASSIGNED_SWINGS);
    }

    @Test
    void givenTheDeskOpen_whenAnotherProgramAssignsSwings_thenTheDeskDropsThemByItself() throws Exception {
        DeskDriver desk = new DeskDriver(workbench);
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
