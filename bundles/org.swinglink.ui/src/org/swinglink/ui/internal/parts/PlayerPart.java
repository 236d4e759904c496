package org.swinglink.ui.internal.parts;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.User;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.DatabaseProblem;
import org.swinglink.ui.internal.table.BackgroundLoad;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** One player's matched swings: the pairs in a table, exit velocity over bat speed, and the spray chart. */
public class PlayerPart {
    @Inject
    @Optional
    private Store store;

    @Inject
    @Optional
    private DatabaseProblem problem;

    @Inject
    private UISynchronize sync;

    private PlayerSelector selector;
    private MatchedSwingsTable table;
    private ExitVeloBatSpeedChart exitVeloChart;
    private SprayChart sprayChart;
    private BackgroundLoad<List<User>> playersLoad;
    private BackgroundLoad<List<HitTraxEvent>> swingsLoad;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 6).applyTo(parent);
        selector = new PlayerSelector(parent, this::show);
        SashForm tableOverCharts = new SashForm(parent, SWT.VERTICAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableOverCharts);
        table = new MatchedSwingsTable(tableOverCharts);
        SashForm charts = new SashForm(tableOverCharts, SWT.HORIZONTAL | SWT.SMOOTH);
        exitVeloChart = new ExitVeloBatSpeedChart(charts);
        sprayChart = new SprayChart(charts);
        tableOverCharts.setWeights(45, 55);
        playersLoad = new BackgroundLoad<>("Loading players", parent, sync);
        swingsLoad = new BackgroundLoad<>("Loading matched swings", parent, sync);
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
        if (player == null || store == null) {
            draw(List.of());
            return;
        }
        selector.setStatus("Loading " + player.getName() + "'s swings...");
        Store current = store;
        String playerId = player.getId();
        swingsLoad.start(() -> current.queries().matchedSwingsForPlayer(playerId), pairs -> {
            draw(pairs);
            selector.setStatus(pairs.isEmpty() ? player.getName() + " has no matched swings yet."
                    : Cells.count(pairs.size(), "matched swing", "matched swings") + ", "
                            + pairs.stream().filter(ExitVeloBatSpeedChart::isBattedBall).count() + " put in play");
        }, failure -> selector.setStatus("Cannot read the database: " + failure.getMessage()));
    }

    private void draw(List<HitTraxEvent> pairs) {
        table.show(pairs);
        exitVeloChart.show(pairs);
        sprayChart.show(pairs);
    }
}
