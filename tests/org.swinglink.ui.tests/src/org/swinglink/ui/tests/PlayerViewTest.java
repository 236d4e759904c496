package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.UserRole;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Services;
import org.swinglink.ui.SwingLinkUi;

/** The Player view over Jane Doe's HitTrax session paired with her Blast swings. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlayerViewTest {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));
    private static final long LOAD_MILLIS = 20_000;

    @TempDir
    static Path folder;

    private static RunningWorkbench workbench;
    private static int expectedPairs;
    private static long expectedBattedBalls;
    private static long expectedLandings;
    private static double highestExitVelocity;

    @BeforeAll
    static void importJaneDoeWithHerSwingsAndOpenTheWorkbench() throws Exception {
        DatabaseFolder database = new DatabaseFolder(folder.resolve("db"));
        try (Store store = Store.open(database)) {
            Path input = folder.resolve("input");
            ImportReport report = Services.await(Importer.class).importFiles(store, ImportRequest.perPlayer("Jane Doe",
                    List.of(Fixtures.copy("hittrax/jane-doe-2024-10-14.csv", input),
                            Fixtures.copy("paired/Metrics - Jane Doe.csv", input)), CHICAGO, "coach"));
            assertTrue(report.succeeded(), report.errorMessage());
            String janeDoe = store.queries().findUser(UserRole.PLAYER, "Jane Doe").orElseThrow().getId();
            List<HitTraxEvent> pairs = store.queries().matchedSwingsForPlayer(janeDoe);
            expectedPairs = pairs.size();
            expectedBattedBalls = pairs.stream().filter(e -> e.getExitVelocity() != null && e.getExitVelocity() > 0
                    && e.getSensorSwing().getBatSpeed() != null).count();
            expectedLandings = pairs.stream().filter(e -> e.getDistance() != null && e.getDistance() > 0
                    && e.getHorizontalAngle() != null).count();
            highestExitVelocity = pairs.stream().filter(e -> e.getExitVelocity() != null)
                    .mapToDouble(HitTraxEvent::getExitVelocity).max().orElseThrow();
        }
        System.setProperty(DatabaseFolder.PROPERTY, database.root().toString());
        workbench = RunningWorkbench.start();
    }

    @AfterAll
    static void closeTheWorkbench() {
        System.clearProperty(DatabaseFolder.PROPERTY);
        if (workbench != null && !workbench.hasEnded()) {
            workbench.syncRun(() -> workbench.workbench().close());
            workbench.awaitEnd(30);
        }
    }

    @Test
    @Order(1)
    void givenJaneDoesPairedSession_whenSheIsChosen_thenTheTableAndBothChartsShowHerSwings() throws Exception {
        assertEquals(43, expectedPairs, "the fixture's true pairs");
        Driving.showPart(workbench, SwingLinkUi.PART_PLAYER);
        Shell shell = workbench.mainShell();
        workbench.waitUntil("Jane Doe in the player list", LOAD_MILLIS, () -> {
            Combo combo = Widgets.byId(shell, Combo.class, SwingLinkUi.PLAYER_COMBO);
            return combo != null && combo.indexOf("Jane Doe") >= 0;
        });

        workbench.syncRun(() -> {
            Combo combo = Widgets.byId(shell, Combo.class, SwingLinkUi.PLAYER_COMBO);
            combo.select(combo.indexOf("Jane Doe"));
            Driving.click(combo);
        });

        workbench.waitUntil("Jane Doe's matched swings", LOAD_MILLIS, () -> {
            Table table = Widgets.byId(shell, Table.class, SwingLinkUi.PLAYER_TABLE);
            Label status = Widgets.byId(shell, Label.class, SwingLinkUi.PLAYER_STATUS);
            return table.getItemCount() == expectedPairs && status.getText().startsWith(expectedPairs + " matched swings");
        });
        Table table = workbench.sync(() -> Widgets.byId(shell, Table.class, SwingLinkUi.PLAYER_TABLE));
        assertEquals(List.of("Time", "Exit velo", "Launch angle", "Distance", "Result", "Bat speed", "Attack angle",
                "Time to contact", "Hand speed", "Power", "Sensor", "\u0394 ms"), workbench.sync(() -> Widgets.headers(table)));
        assertEquals(expectedBattedBalls, points(shell, SwingLinkUi.PLAYER_EXIT_VELO_CHART, SwingLinkUi.SERIES_BATTED_BALLS));
        assertEquals(expectedLandings, points(shell, SwingLinkUi.PLAYER_SPRAY_CHART, SwingLinkUi.SERIES_LANDINGS));
        assertEquals(40, expectedBattedBalls, "the fixture's batted balls among the pairs");

        Driving.settle(workbench);
        List<String> otherShells = workbench.sync(() -> List.of(workbench.display().getShells()).stream()
                .filter(other -> other != shell && other.isVisible()).map(Shell::getText).toList());
        assertEquals(List.of(), otherShells, "the charts paint without an error dialog");
        Path screenshot = workbench.sync(() -> Screenshots.save(shell, "player-view"));
        assertTrue(Files.size(screenshot) > 10_000, "a real picture, not an empty one: " + screenshot);
    }

    @Test
    @Order(2)
    void givenJaneDoesSwings_whenExitVeloIsClickedTwice_thenTheHardestHitBallComesFirst() {
        givenJaneDoeIsShown();
        Shell shell = workbench.mainShell();
        List<String> first = workbench.sync(() -> {
            Table table = Widgets.byId(shell, Table.class, SwingLinkUi.PLAYER_TABLE);
            TableColumn exitVelo = table.getColumn(1);
            Driving.click(exitVelo);
            Driving.click(exitVelo);
            return Widgets.row(table, 0);
        });
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", highestExitVelocity), first.get(1));
    }

    private void givenJaneDoeIsShown() {
        Shell shell = workbench.mainShell();
        Driving.showPart(workbench, SwingLinkUi.PART_PLAYER);
        workbench.waitUntil("Jane Doe's player", LOAD_MILLIS, () -> {
            Combo combo = Widgets.byId(shell, Combo.class, SwingLinkUi.PLAYER_COMBO);
            return combo != null && combo.indexOf("Jane Doe") >= 0;
        });
        workbench.syncRun(() -> {
            Combo combo = Widgets.byId(shell, Combo.class, SwingLinkUi.PLAYER_COMBO);
            if (!"Jane Doe".equals(combo.getText())) {
                combo.select(combo.indexOf("Jane Doe"));
                Driving.click(combo);
            }
        });
        workbench.waitUntil("Jane Doe's matched swings", LOAD_MILLIS,
                () -> Widgets.byId(shell, Table.class, SwingLinkUi.PLAYER_TABLE).getItemCount() == expectedPairs);
    }

    private long points(Shell shell, String chartId, String seriesId) {
        return workbench.sync(() -> Widgets.byId(shell, Chart.class, chartId).getSeriesSet().getSeries(seriesId)
                .getXSeries().length);
    }
}
