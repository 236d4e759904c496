package org.swinglink.ui.internal.timing;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.model.ImportSession;
import org.swinglink.model.User;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.leaderboard.LeaderboardPart;
import org.swinglink.ui.internal.parts.ImportSessionsPart;
import org.swinglink.ui.internal.parts.PlayerPart;

import jakarta.inject.Inject;

/**
 * For the workbench benchmark ({@link Timings}): records when the main window has painted after
 * start-up, then opens what {@code -Dswinglink.timings.open} lists, one after the other as each has
 * shown its rows: {@code unassigned} (the Unassigned Swings view), {@code session} (the newest
 * import's summary), {@code player} (the Player view, on the first player by name), {@code player:N} (then the N-th player
 * by name in it), {@code leaderboard:FIRST:LAST} (the
 * Leaderboard view over those days). Does nothing without {@code -Dswinglink.timings}.
 */
public final class StartupTimer {
    static final String OPEN_PROPERTY = "swinglink.timings.open";

    private final MApplication application;

    @Inject
    public StartupTimer(MApplication application) {
        this.application = application;
    }

    /** May arrive on the event admin's thread; painting is waited for on the display thread. */
    @Inject
    @Optional
    void startupComplete(@EventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object ignored) {
        if (!Timings.enabled() || application.getChildren().isEmpty()
                || !(application.getChildren().get(0).getWidget() instanceof Shell shell)) {
            return;
        }
        shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed()) {
                shell.update(); // handles the outstanding paint events of the window and all its children
                Timings.record("window-painted", shell.getText());
                openNext(List.of(System.getProperty(OPEN_PROPERTY, "").split(",")), 0);
            }
        });
    }

    private void openNext(List<String> what, int index) {
        if (index >= what.size() || what.get(index).isBlank()) {
            Timings.record("done", "");
            return;
        }
        String item = what.get(index).strip();
        Timings.record("open", item);
        MWindow window = application.getChildren().get(0);
        EPartService parts = window.getContext().get(EPartService.class);
        Runnable next = () -> openNext(what, index + 1);
        switch (item) {
            case "unassigned" -> LoadTimer.after("unassignedSwings", next, () -> parts.showPart(SwingLinkUi.PART_UNASSIGNED_SWINGS,
                    EPartService.PartState.ACTIVATE));
            case "player" -> {
                Store store = application.getContext().get(Store.class);
                String first = store.queries().players().stream().findFirst().map(User::getName).orElse("");
                // the view lists the players first; one can be chosen once they are there
                LoadTimer.after("Loading players", () -> {
                    PlayerPart part = (PlayerPart) parts.findPart(SwingLinkUi.PART_PLAYER).getObject();
                    // the sessions are summed once the rows show
                    LoadTimer.after(PlayerPart.ROWS_LOAD, () -> LoadTimer.after(PlayerPart.SESSIONS_LOAD, next, () -> { }),
                            () -> part.choose(first));
                }, () -> parts.showPart(SwingLinkUi.PART_PLAYER, EPartService.PartState.ACTIVATE));
            }
            case "session" -> {
                Store store = application.getContext().get(Store.class);
                List<ImportSession> sessions = store.queries().importSessions();
                ImportSessionsPart part = (ImportSessionsPart) parts.showPart(SwingLinkUi.PART_IMPORT_SESSIONS,
                        EPartService.PartState.ACTIVATE).getObject();
                LoadTimer.after("Loading the import summary", next, () -> part.open(sessions.get(0)));
            }
            case String player when player.startsWith("player:") -> { // another player, in the view already open
                Store store = application.getContext().get(Store.class);
                int number = Integer.parseInt(player.substring("player:".length()));
                String name = store.queries().players().stream().skip(number - 1).findFirst().map(User::getName).orElse("");
                PlayerPart part = (PlayerPart) parts.findPart(SwingLinkUi.PART_PLAYER).getObject();
                LoadTimer.after(PlayerPart.ROWS_LOAD, () -> LoadTimer.after(PlayerPart.SESSIONS_LOAD, next, () -> { }),
                        () -> part.choose(name));
            }
            case String leaderboard when leaderboard.startsWith("leaderboard:") -> {
                // leaderboard:FIRST:LAST: the view opens on its default days, then is asked for these
                String[] days = leaderboard.split(":");
                LoadTimer.after(LeaderboardPart.LOAD, () -> {
                    LeaderboardPart part = (LeaderboardPart) parts.findPart(SwingLinkUi.PART_LEADERBOARD).getObject();
                    LoadTimer.after(LeaderboardPart.LOAD, next, () -> part.show(LocalDate.parse(days[1]), LocalDate.parse(days[2])));
                }, () -> parts.showPart(SwingLinkUi.PART_LEADERBOARD, EPartService.PartState.ACTIVATE));
            }
            default -> {
                Timings.record("unknown", item);
                next.run();
            }
        }
    }
}
