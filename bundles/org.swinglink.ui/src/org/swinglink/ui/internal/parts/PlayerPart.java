package org.swinglink.ui.internal.parts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.swinglink.model.User;
import org.swinglink.store.AggregateSettings;
import org.swinglink.store.EventFilter;
import org.swinglink.store.PlayerRow;
import org.swinglink.store.PlayerRowFilter;
import org.swinglink.store.PlayerVisit;
import org.swinglink.store.SeasonQueries.Grouping;
import org.swinglink.store.SeasonQueries.Period;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.FollowingDatabasePart;
import org.swinglink.ui.internal.UiPreferences;
import org.swinglink.ui.internal.table.BackgroundLoad;

import jakarta.annotation.PostConstruct;

/**
 * All of one player's data: pairs, swings no ball was paired with and HitTrax events no swing was
 * paired with, filtered by kind, days and visit; below them exit velocity over bat speed (pairs),
 * the spray chart (every batted ball) and bat speed over time (every swing). A second tab holds
 * the player's sessions with their aggregates and the trend of one metric over them.
 */
public class PlayerPart extends FollowingDatabasePart {
    /** The name of the load of a player's rows, for the timings of {@code -Dswinglink.timings}. */
    public static final String ROWS_LOAD = "Loading a player's swings and HitTrax events";
    public static final String SESSIONS_LOAD = "Summing a player's sessions";


    private PlayerSelector selector;
    private PlayerFilterBar filters;
    private PlayerRowsTable table;
    private ExitVeloBatSpeedChart exitVeloChart;
    private SprayChart sprayChart;
    private BatSpeedChart batSpeedChart;
    private SeasonPanel season;
    private BackgroundLoad<List<User>> playersLoad;
    private BackgroundLoad<Loaded> rowsLoad;
    private User shownPlayer;
    /** Every row of the shown player, as loaded; the filter picks from these. */
    private List<PlayerRow> allRows = List.of();
    /** Every session of the shown player, summed by the database; the filter's days and visit pick from these. */
    private List<Period> allSessions = List.of();
    /** The balls {@link #allSessions} were summed over, null before they are; another choice sums them again. */
    private EventFilter sessionsFilter;
    private BackgroundLoad<List<Period>> sessionsLoad;

    @PostConstruct
    void create(Composite parent) {
        ZoneId zone = UiPreferences.defaultZone();
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 6).applyTo(parent);
        selector = new PlayerSelector(parent, this::show);
        filters = new PlayerFilterBar(parent, zone, filter -> showFiltered());
        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        tabs.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_TABS);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        SashForm tableOverCharts = new SashForm(tabs, SWT.VERTICAL | SWT.SMOOTH);
        table = new PlayerRowsTable(tableOverCharts, zone);
        table.onOpen(row -> openDetails(row, zone));
        SashForm charts = new SashForm(tableOverCharts, SWT.HORIZONTAL | SWT.SMOOTH);
        exitVeloChart = new ExitVeloBatSpeedChart(charts);
        sprayChart = new SprayChart(charts);
        batSpeedChart = new BatSpeedChart(charts, zone);
        tableOverCharts.setWeights(45, 55);
        season = new SeasonPanel(tabs, zone);
        tab(tabs, "Swings and balls", tableOverCharts);
        tab(tabs, "Sessions", season.control());
        tabs.setSelection(0);
        playersLoad = new BackgroundLoad<>("Loading players", parent, sync());
        rowsLoad = new BackgroundLoad<>(ROWS_LOAD, parent, sync());
        sessionsLoad = new BackgroundLoad<>(SESSIONS_LOAD, parent, sync());
        reload();
    }

    private static void tab(CTabFolder tabs, String title, org.eclipse.swt.widgets.Control content) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(content);
    }

    @Override
    protected void databaseChanged() {
        reload();
    }

    @Focus
    void focus() {
        selector.setFocus();
    }

    /** Chooses a player by name, as picking them in the list would; for tests and links from other views. */
    public void choose(String playerName) {
        selector.choose(playerName);
    }

    /** The row's swing and ball as their files had them. */
    private void openDetails(PlayerRow row, ZoneId zone) {
        if (store() == null) {
            return;
        }
        String id = row.hasSwing() ? row.swing().getId() : row.event().getId();
        store().queries().findPair(id).ifPresent(pair -> new RowDetailsDialog(table.control().getShell(), pair, zone).open());
    }

    private void reload() {
        if (selector == null) {
            return;
        }
        if (store() == null) {
            selector.setStatus(noDatabase());
            return;
        }
        Store current = store();
        playersLoad.start(() -> current.queries().players(), selector::setPlayers,
                failure -> selector.setStatus("Cannot read the database: " + failure.getMessage()));
    }

    private void show(User player) {
        boolean another = player == null || shownPlayer == null || !player.getId().equals(shownPlayer.getId());
        shownPlayer = player;
        if (another) { // never the rows of the player before under this one's name, while theirs load
            allRows = List.of();
            allSessions = List.of();
            sessionsFilter = null;
            filters.setVisits(List.of());
            draw(List.of());
            season.clear();
        }
        if (player == null || store() == null) {
            return;
        }
        selector.setStatus("Loading " + player.getName() + "'s swings and HitTrax events...");
        Store current = store();
        String playerId = player.getId();
        rowsLoad.start(() -> Loaded.of(current.queries().playerRows(playerId, PlayerRowFilter.ALL)), loaded -> {
            allRows = loaded.rows();
            sessionsFilter = null; // the rows may have changed: the sessions are summed again once the rows show
            filters.setBalls(loaded.rows());
            filters.setVisits(loaded.visits());
            showFiltered();
        }, failure -> selector.setStatus("Cannot read the database: " + failure.getMessage()));
    }

    /** Applies the filter to the loaded rows; the database is not asked again. */
    private void showFiltered() {
        if (shownPlayer == null) {
            return;
        }
        PlayerRowFilter filter = filters.filter();
        EventFilter balls = filters.balls();
        List<PlayerRow> shown = filter.apply(allRows).stream().filter(row -> !balls.isActive() || balls.keeps(row.event()))
                .toList();
        draw(shown);
        if (balls.equals(sessionsFilter)) {
            season.show(allSessions.stream().filter(session -> within(session, filter)).toList(), shownPlayer.getName());
        } else {
            sumSessionsAgain(balls);
        }
        selector.setStatus(status(shownPlayer, filter.isActive() || balls.isActive(), shown));
    }

    private String status(User player, boolean filtered, List<PlayerRow> shown) {
        if (allRows.isEmpty()) {
            return player.getName() + " has no swings or HitTrax events yet.";
        }
        String counts = PlayerCounts.of(shown).text();
        if (!filtered || shown.size() == allRows.size()) {
            return counts;
        }
        return counts + String.format(Locale.ROOT, " (%,d of %,d rows)", shown.size(), allRows.size());
    }

    /**
     * The shown player's sessions summed over the balls {@code balls} keeps, then shown as the filter
     * says; a load of its own after the rows', so the rows and charts show without waiting for it.
     */
    private void sumSessionsAgain(EventFilter balls) {
        Store current = store();
        User player = shownPlayer;
        ZoneId zone = UiPreferences.defaultZone();
        sessionsLoad.start(() -> current.seasons().periodsOfPlayer(player.getId(), null, null, Grouping.SESSION, zone,
                AggregateSettings.DEFAULT, balls), sessions -> {
                    if (player != shownPlayer) {
                        return; // another player was chosen meanwhile
                    }
                    allSessions = sessions;
                    sessionsFilter = balls;
                    showFiltered();
                }, failure -> selector.setStatus("Cannot read the database: " + failure.getMessage()));
    }

    /** Sessions that start within the filter's days, or the one that holds the filter's visit. */
    private static boolean within(Period session, PlayerRowFilter filter) {
        Instant start = session.start();
        return (filter.from() == null || !start.isBefore(filter.from())) && (filter.until() == null || start.isBefore(filter.until()))
                && (filter.visit() == null || filter.visit().holds(start) || filter.visit().holds(session.end()));
    }

    /** A player's rows, by time, and their visits: worked out in the background. */
    private record Loaded(List<PlayerRow> rows, List<PlayerVisit> visits) {
        static Loaded of(List<PlayerRow> rows) {
            return new Loaded(rows, PlayerVisit.of(rows));
        }
    }

    private void draw(List<PlayerRow> rows) {
        table.show(rows);
        exitVeloChart.show(rows);
        sprayChart.show(rows);
        batSpeedChart.show(rows);
    }
}
