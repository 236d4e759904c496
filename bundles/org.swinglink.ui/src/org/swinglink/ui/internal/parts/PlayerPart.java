package org.swinglink.ui.internal.parts;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.swinglink.model.User;
import org.swinglink.store.PlayerRow;
import org.swinglink.store.PlayerRowFilter;
import org.swinglink.store.PlayerVisit;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.DatabaseProblem;
import org.swinglink.ui.internal.UiPreferences;
import org.swinglink.ui.internal.table.BackgroundLoad;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * All of one player's data: pairs, swings no ball was paired with and HitTrax events no swing was
 * paired with, filtered by kind, days and visit; below them exit velocity over bat speed (pairs),
 * the spray chart (every batted ball) and bat speed over time (every swing).
 */
public class PlayerPart {
    /** The name of the load of a player's rows, for the timings of {@code -Dswinglink.timings}. */
    public static final String ROWS_LOAD = "Loading a player's swings and HitTrax events";

    @Inject
    @Optional
    private Store store;

    @Inject
    @Optional
    private DatabaseProblem problem;

    @Inject
    private UISynchronize sync;

    private PlayerSelector selector;
    private PlayerFilterBar filters;
    private PlayerRowsTable table;
    private ExitVeloBatSpeedChart exitVeloChart;
    private SprayChart sprayChart;
    private BatSpeedChart batSpeedChart;
    private BackgroundLoad<List<User>> playersLoad;
    private BackgroundLoad<Loaded> rowsLoad;
    private User shownPlayer;
    /** Every row of the shown player, as loaded; the filter picks from these. */
    private List<PlayerRow> allRows = List.of();

    @PostConstruct
    void create(Composite parent) {
        ZoneId zone = UiPreferences.defaultZone();
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 6).applyTo(parent);
        selector = new PlayerSelector(parent, this::show);
        filters = new PlayerFilterBar(parent, zone, filter -> showFiltered());
        SashForm tableOverCharts = new SashForm(parent, SWT.VERTICAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableOverCharts);
        table = new PlayerRowsTable(tableOverCharts, zone);
        table.onOpen(row -> openDetails(row, zone));
        SashForm charts = new SashForm(tableOverCharts, SWT.HORIZONTAL | SWT.SMOOTH);
        exitVeloChart = new ExitVeloBatSpeedChart(charts);
        sprayChart = new SprayChart(charts);
        batSpeedChart = new BatSpeedChart(charts, zone);
        tableOverCharts.setWeights(45, 55);
        playersLoad = new BackgroundLoad<>("Loading players", parent, sync);
        rowsLoad = new BackgroundLoad<>(ROWS_LOAD, parent, sync);
        reload();
    }

    @Inject
    @Optional
    void importsChanged(@UIEventTopic(SwingLinkUi.TOPIC_IMPORTS_CHANGED) Object importSessionId) {
        reload();
    }

    @Inject
    @Optional
    void swingsChanged(@UIEventTopic(SwingLinkUi.TOPIC_SWINGS_CHANGED) Object change) {
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
        if (store == null) {
            return;
        }
        String id = row.hasSwing() ? row.swing().getId() : row.event().getId();
        store.queries().findPair(id).ifPresent(pair -> new RowDetailsDialog(table.control().getShell(), pair, zone).open());
    }

    private void reload() {
        if (selector == null) {
            return;
        }
        if (store == null) {
            selector.setStatus(problem != null ? problem.message() : "No database is open.");
            return;
        }
        Store current = store;
        playersLoad.start(() -> current.queries().players(), selector::setPlayers,
                failure -> selector.setStatus("Cannot read the database: " + failure.getMessage()));
    }

    private void show(User player) {
        boolean another = player == null || shownPlayer == null || !player.getId().equals(shownPlayer.getId());
        shownPlayer = player;
        if (another) { // never the rows of the player before under this one's name, while theirs load
            allRows = List.of();
            filters.setVisits(List.of());
            draw(List.of());
        }
        if (player == null || store == null) {
            return;
        }
        selector.setStatus("Loading " + player.getName() + "'s swings and HitTrax events...");
        Store current = store;
        String playerId = player.getId();
        rowsLoad.start(() -> Loaded.of(current.queries().playerRows(playerId, PlayerRowFilter.ALL)), loaded -> {
            allRows = loaded.rows();
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
        List<PlayerRow> shown = filter.apply(allRows);
        draw(shown);
        selector.setStatus(status(shownPlayer, filter, shown));
    }

    private String status(User player, PlayerRowFilter filter, List<PlayerRow> shown) {
        if (allRows.isEmpty()) {
            return player.getName() + " has no swings or HitTrax events yet.";
        }
        String counts = PlayerCounts.of(shown).text();
        if (!filter.isActive() || shown.size() == allRows.size()) {
            return counts;
        }
        return counts + String.format(Locale.ROOT, " (%,d of %,d rows)", shown.size(), allRows.size());
    }

    /** A player's rows, by time, and their visits: both worked out in the background. */
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
