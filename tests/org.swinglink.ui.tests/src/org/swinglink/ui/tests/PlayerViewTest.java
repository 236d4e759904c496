package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.UserRole;
import org.swinglink.store.PlayerRow;
import org.swinglink.store.PlayerRowFilter;
import org.swinglink.store.PlayerVisit;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.UiPreferences;
import org.swinglink.ui.internal.parts.Cells;
import org.swinglink.ui.internal.table.ShownReport;
import org.swinglink.ui.internal.parts.PlayerFilterBar;

/**
 * The Player view over Jane Doe's HitTrax session paired with her Blast swings (and the swings and
 * balls left alone), and over players who have only a bat sensor: the real Blast export of a
 * player, given to a new player after a bulk import, and the real "Metrics - Klayton Kiser.csv".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlayerViewTest {
    private static final long LOAD_MILLIS = 20_000;
    private static final String SENSOR_ONLY_PLAYER = "Whoop Blast";
    private static final int WHOOP_SWINGS = 3_123;
    private static final List<String> HEADERS = List.of("Time", "Pairing", "Pitch speed", "Exit velo", "Launch angle", "Distance",
            "Result", "Bat speed", "Attack angle", "Time to contact", "Hand speed", "Power", "On plane", "Sensor",
            "\u0394 ms");

    private static int expectedPairs;
    private static long expectedBattedBalls;
    private static long expectedLandings;
    private static double highestExitVelocity;
    private static List<PlayerRow> whoopRows;
    private static List<PlayerRow> janeRows;
    private static List<PlayerVisit> whoopVisits;

    /** The size the view is laid out for: all the table's columns and the three charts side by side. */
    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase
            .holding(PlayerViewTest::importJaneDoeWithHerSwingsAndSensorOnlyPlayers).withWindow(1600, 1000);

    private static void importJaneDoeWithHerSwingsAndSensorOnlyPlayers(TestDatabase database) throws Exception {
        Store store = database.store();
        database.perPlayer("Jane Doe", database.fixture("hittrax/jane-doe-2024-10-14.csv"), database.fixture("paired/Metrics - Jane Doe.csv"));
        String janeDoe = store.queries().findUser(UserRole.PLAYER, "Jane Doe").orElseThrow().getId();
        List<HitTraxEvent> pairs = store.queries().matchedSwingsForPlayer(janeDoe);
        expectedPairs = pairs.size();
        expectedBattedBalls = pairs.stream().filter(e -> e.getExitVelocity() != null && e.getExitVelocity() > 0
                && e.getSensorSwing().getBatSpeed() != null).count();
        janeRows = store.queries().playerRows(janeDoe, PlayerRowFilter.ALL);
        expectedLandings = janeRows.stream()
                .filter(row -> row.hasEvent() && row.event().getDistance() != null && row.event().getDistance() > 0
                        && row.event().getHorizontalAngle() != null).count();
        highestExitVelocity = pairs.stream().filter(e -> e.getExitVelocity() != null)
                .mapToDouble(HitTraxEvent::getExitVelocity).max().orElseThrow();
        giveTheRealWhoopBlastSwingsToANewPlayer(database);
        String whoop = store.queries().findUser(UserRole.PLAYER, SENSOR_ONLY_PLAYER).orElseThrow().getId();
        whoopRows = store.queries().playerRows(whoop, PlayerRowFilter.ALL);
        whoopVisits = store.queries().playerVisits(whoop);
        database.bulk(database.fixture("blast/Metrics - Klayton Kiser.csv"));
    }

    /** A real Blast export without HitTrax and without a player name: imported unassigned, then given a new player. */
    private static void giveTheRealWhoopBlastSwingsToANewPlayer(TestDatabase database) throws Exception {
        ImportReport report = database.bulk(database.fixture("blast/whoopblast-swing-data-complete.csv"));
        List<String> swingIds = report.unassigned().stream().map(UnassignedSwing::swingId).toList();
        assertEquals(WHOOP_SWINGS, swingIds.size(), "every swing of the file is unassigned");
        database.importer().assign(database.store(), swingIds, SENSOR_ONLY_PLAYER, "coach", MatchSettings.automatic());
    }

    @Test
    @Order(1)
    void givenJaneDoesPairedSession_whenSheIsChosen_thenTheTableAndTheChartsShowAllHerSwingsAndBalls() throws Exception {
        assertEquals(43, expectedPairs, "the fixture's true pairs");
        choose("Jane Doe");
        Shell shell = workbench.mainShell();

        waitForRows(52, "47 swings, 48 HitTrax events, 43 paired");
        Table table = workbench.sync(this::table);
        assertEquals(HEADERS, workbench.sync(() -> Widgets.headers(table)));
        assertEquals(expectedBattedBalls, points(SwingLinkUi.PLAYER_EXIT_VELO_CHART, SwingLinkUi.SERIES_BATTED_BALLS));
        assertEquals(expectedLandings, points(SwingLinkUi.PLAYER_SPRAY_CHART, SwingLinkUi.SERIES_LANDINGS));
        assertEquals(47, points(SwingLinkUi.PLAYER_BAT_SPEED_CHART, SwingLinkUi.SERIES_BAT_SPEEDS), "every swing of hers has a bat speed");
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
        choose("Jane Doe");
        waitForRows(52, "47 swings");
        List<String> first = workbench.sync(() -> {
            Table table = table();
            TableColumn exitVelo = table.getColumn(HEADERS.indexOf("Exit velo"));
            Driving.click(exitVelo);
            Driving.click(exitVelo);
            return Widgets.row(table, 0);
        });
        assertEquals(String.format(Locale.ROOT, "%.1f", highestExitVelocity), first.get(HEADERS.indexOf("Exit velo")));
        assertEquals("paired by time", first.get(HEADERS.indexOf("Pairing")));
    }

    @Test
    @Order(3)
    void givenJaneDoe_whenShowIsChanged_thenPairsSwingsAloneAndHitTraxEventsAloneAreListedEachOnTheirOwn() {
        choose("Jane Doe");
        waitForRows(52, "47 swings");

        show("HitTrax only");
        waitForRows(5, "0 swings, 5 HitTrax events, 0 paired (5 of 52 rows)");
        for (int i = 0; i < 5; i++) {
            int index = i;
            List<String> row = workbench.sync(() -> Widgets.row(table(), index));
            assertEquals("HitTrax only", row.get(HEADERS.indexOf("Pairing")));
            assertEquals("", row.get(HEADERS.indexOf("Bat speed")), "no sensor side");
            assertTrue(!row.get(HEADERS.indexOf("Pitch speed")).isEmpty(), "the ball side (a take: a pitch, no ball): " + row);
        }
        assertEquals(0, points(SwingLinkUi.PLAYER_EXIT_VELO_CHART, SwingLinkUi.SERIES_BATTED_BALLS));
        assertEquals(0, points(SwingLinkUi.PLAYER_BAT_SPEED_CHART, SwingLinkUi.SERIES_BAT_SPEEDS));

        show("Sensor only");
        waitForRows(4, "4 swings, 0 HitTrax events, 0 paired (4 of 52 rows)");
        List<String> dry = workbench.sync(() -> Widgets.row(table(), 0));
        assertEquals("sensor only", dry.get(HEADERS.indexOf("Pairing")));
        assertEquals("", dry.get(HEADERS.indexOf("Exit velo")), "no ball side");
        assertEquals(4, points(SwingLinkUi.PLAYER_BAT_SPEED_CHART, SwingLinkUi.SERIES_BAT_SPEEDS));

        show("Paired");
        waitForRows(expectedPairs, "43 swings, 43 HitTrax events, 43 paired (43 of 52 rows)");
        assertEquals(expectedBattedBalls, points(SwingLinkUi.PLAYER_EXIT_VELO_CHART, SwingLinkUi.SERIES_BATTED_BALLS));

        show("All");
        waitForRows(52, "47 swings, 48 HitTrax events, 43 paired");
    }

    @Test
    @Order(4)
    void givenASensorOnlyPlayer_whenChosen_thenEverySwingIsListedAndBatSpeedIsChartedWithoutHitTrax() throws Exception {
        choose(SENSOR_ONLY_PLAYER);

        waitForRows(WHOOP_SWINGS, "3,123 swings, 0 HitTrax events, 0 paired");
        long withBatSpeed = whoopRows.stream().filter(row -> row.swing().getBatSpeed() != null).count();
        assertTrue(withBatSpeed > 3_000, "the real export has bat speeds: " + withBatSpeed);
        assertEquals(withBatSpeed, points(SwingLinkUi.PLAYER_BAT_SPEED_CHART, SwingLinkUi.SERIES_BAT_SPEEDS));
        assertEquals(0, points(SwingLinkUi.PLAYER_EXIT_VELO_CHART, SwingLinkUi.SERIES_BATTED_BALLS));
        List<String> first = workbench.sync(() -> Widgets.row(table(), 0));
        assertEquals("sensor only", first.get(HEADERS.indexOf("Pairing")));
        assertEquals("", first.get(HEADERS.indexOf("Exit velo")));
        assertTrue(!first.get(HEADERS.indexOf("Bat speed")).isEmpty(), "the sensor side: " + first);
        assertEquals(whoopVisits.size() + 1, workbench.sync(() -> visitCombo().getItemCount()), "All visits and each visit");
    }

    @Test
    @Order(5)
    void givenASensorOnlyPlayer_whenAVisitOrARangeOfDaysIsChosen_thenOnlyItsSwingsAreListed() {
        choose(SENSOR_ONLY_PLAYER);
        waitForRows(WHOOP_SWINGS, "3,123 swings");
        PlayerVisit newest = whoopVisits.get(whoopVisits.size() - 1);

        workbench.syncRun(() -> {
            Combo visits = visitCombo();
            visits.select(1); // newest first
            Driving.click(visits);
        });
        waitForRows(newest.swings(), String.format(Locale.ROOT, "%,d swings, 0 HitTrax events, 0 paired (%,d of 3,123 rows)",
                newest.swings(), newest.swings()));
        String label = workbench.sync(() -> visitCombo().getText());
        assertTrue(label.contains(String.format(Locale.ROOT, "(%,d swing", newest.swings())), label);

        workbench.syncRun(() -> {
            Combo visits = visitCombo();
            visits.select(0);
            Driving.click(visits);
        });
        ZoneId zone = workbench.sync(UiPreferences::defaultZone);
        LocalDate day = whoopRows.get(0).time().atZone(zone).toLocalDate();
        long onThatDay = whoopRows.stream().filter(row -> row.time().atZone(zone).toLocalDate().equals(day)).count();
        workbench.syncRun(() -> {
            Shell shell = workbench.mainShell();
            Widgets.byId(shell, Text.class, PlayerFilterBar.FROM).setText(day.toString());
            Widgets.byId(shell, Text.class, PlayerFilterBar.TO).setText(day.toString());
        });
        waitForRows((int) onThatDay, String.format(Locale.ROOT, "%,d swings", onThatDay));
        Driving.settle(workbench);
        workbench.syncRun(() -> {
            Shell shell = workbench.mainShell();
            Widgets.byId(shell, Text.class, PlayerFilterBar.FROM).setText("");
            Widgets.byId(shell, Text.class, PlayerFilterBar.TO).setText("");
        });
        waitForRows(WHOOP_SWINGS, "3,123 swings, 0 HitTrax events, 0 paired");
    }

    @Test
    @Order(6)
    void givenTheRealKlaytonKiserExport_whenHeIsChosen_thenHis91SwingsAndTheirBatSpeedsAreShown() throws Exception {
        choose("Klayton Kiser");

        waitForRows(91, "91 swings, 0 HitTrax events, 0 paired");
        assertEquals(91, points(SwingLinkUi.PLAYER_BAT_SPEED_CHART, SwingLinkUi.SERIES_BAT_SPEEDS));
        List<String> earliest = workbench.sync(() -> {
            Driving.click(table().getColumn(HEADERS.indexOf("Time")));
            return Widgets.row(table(), 0);
        });
        assertEquals("sensor only", earliest.get(HEADERS.indexOf("Pairing")));
        // "Oct 03, 2023 03:25:30 pm",Bat,Left,"Pitching Machine",55,52,62,68.2,17.8,72,21,...: On Plane Efficiency (%) 72
        assertEquals("72%", earliest.get(HEADERS.indexOf("On plane")), "the file's On Plane Efficiency");
        assertEquals("68.2", earliest.get(HEADERS.indexOf("Bat speed")));
        Driving.settle(workbench);
        Path screenshot = workbench.sync(() -> Screenshots.save(workbench.mainShell(), "player-sensor-only"));
        assertTrue(Files.size(screenshot) > 10_000, "a real picture, not an empty one: " + screenshot);
    }

    /** Chooses the player with every filter cleared, as a user starting over would. */
    @Test
    @Order(7)
    void givenJaneDoesFirstPair_whenItsRowIsOpened_thenBothRowsShowAsTheirFilesHadThem() throws Exception {
        choose("Jane Doe");
        waitForRows(52, "47 swings, 48 HitTrax events, 43 paired");
        // her first pitch (and its swing), shown in the workbench's zone
        String firstPitch = Cells.time(ZonedDateTime.of(2024, 10, 14, 16, 2, 11, 415_000_000, ZoneId.of("America/Chicago"))
                .toInstant(), workbench.sync(UiPreferences::defaultZone));
        workbench.syncRun(() -> {
            Table table = table();
            for (int row = 0; row < table.getItemCount(); row++) {
                if (Widgets.row(table, row).get(0).equals(firstPitch)) {
                    table.setSelection(row);
                }
            }
            assertEquals(1, table.getSelectionCount(), "the row of her first pitch");
        });

        workbench.display().asyncExec(() -> table().notifyListeners(SWT.DefaultSelection, new Event())); // Enter
        Shell dialog = Driving.awaitShell(workbench, SwingLinkUi.ROW_DETAILS_SHELL, LOAD_MILLIS);

        Map<String, String> swing = workbench.sync(() -> columns(dialog, SwingLinkUi.ROW_DETAILS_SWING));
        Map<String, String> ball = workbench.sync(() -> columns(dialog, SwingLinkUi.ROW_DETAILS_EVENT));
        assertEquals("Oct 14, 2024 04:01:24 pm", swing.get("Date"), swing.toString());
        assertEquals("67.7", swing.get("Bat Speed (mph)"), swing.toString());
        assertEquals("10/14/2024 16:02:11.415", ball.get("Date"), ball.toString());
        assertEquals("65.5", ball.get("Velo"), ball.toString());
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(dialog, "player-row-details"));
        workbench.syncRun(() -> Driving.click(Driving.button(dialog, "Close")));
        workbench.waitUntil("the dialog to close", LOAD_MILLIS, dialog::isDisposed);
    }

    @Test
    @Order(8)
    void givenASensorOnlyPlayersVisits_whenTheirSessionsAreShown_thenEachVisitIsARowAndTheTrendAndTableSelectEachOther()
            throws Exception {
        choose(SENSOR_ONLY_PLAYER);
        waitForRows(whoopRows.size(), String.format(Locale.ROOT, "%,d swings", WHOOP_SWINGS));
        CTabFolder tabs = workbench.sync(() -> Widgets.byId(workbench.mainShell(), CTabFolder.class, SwingLinkUi.PLAYER_TABS));
        workbench.syncRun(() -> tabs.setSelection(1)); // nothing of SwingLink's listens to the tab: the analyst's drive clicks it

        Table sessions = workbench.sync(() -> Widgets.byId(workbench.mainShell(), Table.class, SwingLinkUi.PLAYER_SESSIONS_TABLE));
        workbench.waitUntil(whoopVisits.size() + " sessions", LOAD_MILLIS, () -> sessions.getItemCount() == whoopVisits.size());
        List<String> headers = workbench.sync(() -> Widgets.headers(sessions));
        for (int i = 0; i < whoopVisits.size(); i++) {
            List<String> row = rowOf(sessions, i);
            assertEquals(String.valueOf(whoopVisits.get(i).swings()), row.get(headers.indexOf("Swings")), "session " + i);
            assertEquals("", row.get(headers.indexOf("Exit velocity, avg (mph)")), "no HitTrax: empty, never zero");
            assertEquals("0", row.get(headers.indexOf("HitTrax events")));
        }
        Chart trend = workbench.sync(() -> Widgets.byId(workbench.mainShell(), Chart.class, SwingLinkUi.PLAYER_TREND_CHART));
        assertEquals(whoopVisits.size(), points(SwingLinkUi.PLAYER_TREND_CHART, SwingLinkUi.SERIES_TREND_AVERAGE),
                "bat speed, every session");
        assertEquals(whoopVisits.size(), points(SwingLinkUi.PLAYER_TREND_CHART, SwingLinkUi.SERIES_TREND_ROLLING));

        int picked = whoopVisits.size() / 2;
        Point point = workbench.sync(() -> {
            double[] x = trend.getSeriesSet().getSeries(SwingLinkUi.SERIES_TREND_AVERAGE).getXSeries();
            double[] y = trend.getSeriesSet().getSeries(SwingLinkUi.SERIES_TREND_AVERAGE).getYSeries();
            return new Point(trend.getAxisSet().getXAxis(0).getPixelCoordinate(x[picked]),
                    trend.getAxisSet().getYAxis(0).getPixelCoordinate(y[picked]));
        });
        clickAt(workbench.sync(() -> trend.getPlotArea().getControl()), point.x, point.y);
        workbench.waitUntil("the clicked session selected in the table", LOAD_MILLIS,
                () -> sessions.getSelectionCount() == 1 && sessions.getSelectionIndex() == picked);
        assertEquals(1, points(SwingLinkUi.PLAYER_TREND_CHART, SwingLinkUi.SERIES_TREND_SELECTED));

        workbench.syncRun(() -> {
            sessions.setSelection(0);
            sessions.notifyListeners(SWT.Selection, new Event());
        });
        workbench.waitUntil("the first session ringed on the trend", LOAD_MILLIS, () -> {
            double[] ringed = trend.getSeriesSet().getSeries(SwingLinkUi.SERIES_TREND_SELECTED).getXSeries();
            double[] averages = trend.getSeriesSet().getSeries(SwingLinkUi.SERIES_TREND_AVERAGE).getXSeries();
            return ringed.length == 1 && ringed[0] == averages[0];
        });
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(workbench.mainShell(), "player-sessions"));
        Path report = Screenshots.folder().resolve("player-sessions-report.png");
        workbench.syncRun(() -> {
            try {
                ShownReport.savePicture(Widgets.byId(workbench.mainShell(), Composite.class, SwingLinkUi.PLAYER_SESSIONS_PANEL),
                        report);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(report) > 10_000, "the sessions and their trend as one picture: " + report);

        Combo metric = workbench.sync(() -> Widgets.byId(workbench.mainShell(), Combo.class, SwingLinkUi.PLAYER_TREND_METRIC));
        workbench.syncRun(() -> {
            metric.select(metric.indexOf("Exit velocity (mph)"));
            metric.notifyListeners(SWT.Selection, new Event());
        });
        assertEquals(0, points(SwingLinkUi.PLAYER_TREND_CHART, SwingLinkUi.SERIES_TREND_AVERAGE), "a bat sensor has no exit velocity");
        assertTrue(workbench.sync(() -> trend.getTitle().getText()).contains("no session measured it"));
        workbench.syncRun(() -> {
            metric.select(0);
            metric.notifyListeners(SWT.Selection, new Event());
            tabs.setSelection(0);
        });
    }

    @Test
    @Order(9)
    void givenJaneDoesPairedSession_whenHerSessionsAreShown_thenItsRowHasHerCountsAndPairMetrics() {
        choose("Jane Doe");
        waitForRows(52, "47 swings");
        Table sessions = workbench.sync(() -> Widgets.byId(workbench.mainShell(), Table.class, SwingLinkUi.PLAYER_SESSIONS_TABLE));
        workbench.waitUntil("her one session", LOAD_MILLIS, () -> sessions.getItemCount() == 1);
        List<String> headers = workbench.sync(() -> Widgets.headers(sessions));
        List<String> row = rowOf(sessions, 0);

        assertEquals(List.of("47", "48", "43", "91%"), List.of(row.get(headers.indexOf("Swings")),
                row.get(headers.indexOf("HitTrax events")), row.get(headers.indexOf("Pairs")), row.get(headers.indexOf("Pair rate"))));
        assertEquals(String.format(Locale.ROOT, "%.1f", highestExitVelocity), row.get(headers.indexOf("Exit velocity, max (mph)")));
        assertTrue(!row.get(headers.indexOf("Smash factor")).isEmpty() && !row.get(headers.indexOf("Squared-up rate")).isEmpty(),
                row.toString());
    }

    /** A press of the left button at a point of the control, as its listeners receive it. */
    private void clickAt(org.eclipse.swt.widgets.Control control, int x, int y) {
        workbench.syncRun(() -> {
            Event press = new Event();
            press.x = x;
            press.y = y;
            press.button = 1;
            control.notifyListeners(SWT.MouseDown, press);
        });
    }

    @Test
    @Order(10)
    void givenJaneDoe_whenOneResultIsChosen_thenTheRowsTheChartsAndTheSessionsKeepOnlyThoseBallsUntilAllIsChosenAgain() {
        choose("Jane Doe");
        waitForRows(52, "47 swings");
        List<String> results = workbench.sync(() -> List.of(combo(PlayerFilterBar.RESULT).getItems()));
        assertEquals("All results", results.get(0));
        assertTrue(results.contains("2B-8"), results.toString());
        long doubles = janeRows.stream().filter(row -> row.hasEvent() && "2B-8".equals(row.event().getResult())).count();
        long pairedDoubles = janeRows.stream().filter(row -> row.pairing() == org.swinglink.store.Pairing.PAIRED
                && "2B-8".equals(row.event().getResult())).count();

        pick(PlayerFilterBar.RESULT, "2B-8");
        waitForRows((int) doubles, pairedDoubles + " swings, " + doubles + " HitTrax events, " + pairedDoubles + " paired");
        Table sessions = workbench.sync(() -> Widgets.byId(workbench.mainShell(), Table.class, SwingLinkUi.PLAYER_SESSIONS_TABLE));
        List<String> headers = workbench.sync(() -> Widgets.headers(sessions));
        workbench.waitUntil("her session summed over her doubles", LOAD_MILLIS, () -> sessions.getItemCount() == 1
                && Widgets.row(sessions, 0).get(headers.indexOf("HitTrax events")).equals(String.valueOf(doubles)));
        assertEquals(String.valueOf(pairedDoubles), rowOf(sessions, 0).get(headers.indexOf("Swings")),
                "a swing counts with a kept ball only");

        pick(PlayerFilterBar.RESULT, "All results");
        waitForRows(52, "47 swings, 48 HitTrax events, 43 paired");
        workbench.waitUntil("her whole session again", LOAD_MILLIS,
                () -> Widgets.row(sessions, 0).get(headers.indexOf("HitTrax events")).equals("48"));
    }

    private Combo combo(String id) {
        return Widgets.byId(workbench.mainShell(), Combo.class, id);
    }

    private void pick(String comboId, String item) {
        workbench.syncRun(() -> {
            Combo combo = combo(comboId);
            combo.select(combo.indexOf(item));
            Driving.click(combo);
        });
    }

    private List<String> rowOf(Table table, int index) {
        return workbench.sync(() -> Widgets.row(table, index));
    }

    private static Map<String, String> columns(Shell dialog, String tableId) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (TableItem item : Widgets.byId(dialog, Table.class, tableId).getItems()) {
            columns.put(item.getText(0), item.getText(1));
        }
        return columns;
    }

    private void choose(String player) {
        Shell shell = workbench.mainShell();
        Driving.showPart(workbench, SwingLinkUi.PART_PLAYER);
        show("All");
        workbench.syncRun(() -> {
            Widgets.byId(shell, Text.class, PlayerFilterBar.FROM).setText("");
            Widgets.byId(shell, Text.class, PlayerFilterBar.TO).setText("");
            visitCombo().select(0);
            Driving.click(visitCombo());
        });
        workbench.waitUntil(player + " in the player list", LOAD_MILLIS, () -> {
            Combo combo = Widgets.byId(shell, Combo.class, SwingLinkUi.PLAYER_COMBO);
            return combo != null && combo.indexOf(player) >= 0;
        });
        workbench.syncRun(() -> {
            Combo combo = Widgets.byId(shell, Combo.class, SwingLinkUi.PLAYER_COMBO);
            if (!player.equals(combo.getText())) {
                combo.select(combo.indexOf(player));
                Driving.click(combo);
            }
        });
    }

    private void show(String kind) {
        workbench.syncRun(() -> {
            Combo show = Widgets.byId(workbench.mainShell(), Combo.class, PlayerFilterBar.SHOW);
            show.select(show.indexOf(kind));
            Driving.click(show);
        });
    }

    private Combo visitCombo() {
        return Widgets.byId(workbench.mainShell(), Combo.class, PlayerFilterBar.VISIT);
    }

    private Table table() {
        return Widgets.byId(workbench.mainShell(), Table.class, SwingLinkUi.PLAYER_TABLE);
    }

    /** Waits until the table has {@code rows} rows and the status line starts with {@code status}. */
    private void waitForRows(int rows, String status) {
        workbench.waitUntil(rows + " rows and the status \"" + status + "\"", LOAD_MILLIS, () -> {
            Label line = Widgets.byId(workbench.mainShell(), Label.class, SwingLinkUi.PLAYER_STATUS);
            return table().getItemCount() == rows && line.getText().startsWith(status);
        });
    }

    private long points(String chartId, String seriesId) {
        return workbench.sync(() -> Widgets.byId(workbench.mainShell(), Chart.class, chartId).getSeriesSet()
                .getSeries(seriesId).getXSeries().length);
    }
}
