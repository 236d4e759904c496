package org.swinglink.ui.internal.players;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.EventHandler;
import org.swinglink.store.PlayerHoldings;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.UiPreferences;
import org.swinglink.ui.internal.dialogs.CloseOnlyDialog;

/**
 * Edit > Players...: every player with what they hold (HitTrax events, sensor swings, pairs, first
 * and last day), sensor-only players included, and Rename..., Merge into... and Delete. Modeless:
 * it follows every change (its own, an undo, an import) and keeps the chosen player selected by id.
 */
public final class PlayersDialog extends CloseOnlyDialog {
    public static final String TITLE = "Players";
    public static final String TABLE = "players.table";
    public static final String STATUS = "players.status";
    public static final String RENAME = "players.rename";
    public static final String MERGE = "players.merge";
    public static final String DELETE = "players.delete";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Store store;
    private final IEventBroker events;
    private final UISynchronize sync;
    private final PlayerActions actions;
    private final EventHandler reload = event -> load();
    private TableViewer viewer;
    private Label status;
    private Button rename;
    private Button merge;
    private Button delete;
    private List<PlayerHoldings> players = List.of();

    public PlayersDialog(Shell parent, Store store, PlayerActions actions, IEventBroker events, UISynchronize sync) {
        super(parent);
        this.store = store;
        this.actions = actions;
        this.events = events;
        this.sync = sync;
        keepOpenBesideTheViews();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
        shell.addDisposeListener(e -> events.unsubscribe(reload));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(SwingLinkUi.WIDGET_ID, TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Player", 200, SWT.LEFT, PlayerHoldings::name);
        column("HitTrax events", 130, SWT.RIGHT, p -> String.valueOf(p.hittraxEvents()));
        column("Sensor swings", 130, SWT.RIGHT, p -> String.valueOf(p.sensorSwings()));
        column("Paired", 80, SWT.RIGHT, p -> String.valueOf(p.pairedSwings()));
        column("First", 100, SWT.LEFT, p -> day(p.firstActivity()));
        column("Last", 100, SWT.LEFT, p -> day(p.lastActivity()));
        GridDataFactory.fillDefaults().grab(true, true).hint(780, 300).applyTo(viewer.getTable());
        viewer.addSelectionChangedListener(e -> updateButtons());

        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        rename = button(buttons, "&Rename...", RENAME, "Give the player another name", () -> actions.rename(getShell(), selected()));
        merge = button(buttons, "&Merge into...", MERGE,
                "Two spellings of one person: move everything this player holds to another player and pair it",
                () -> actions.merge(getShell(), selected(), players));
        delete = button(buttons, "&Delete", DELETE, "Only a player who holds nothing can be deleted",
                () -> actions.delete(getShell(), selected()));

        status = new Label(area, SWT.WRAP);
        status.setData(SwingLinkUi.WIDGET_ID, STATUS);
        status.setText("Loading players...");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
        events.subscribe(SwingLinkUi.TOPIC_SWINGS_CHANGED, reload);
        events.subscribe(SwingLinkUi.TOPIC_IMPORTS_CHANGED, reload);
        updateButtons();
        load();
        return area;
    }

    /** Reads the players in a job, then shows them, keeping the selected player selected. */
    private void load() {
        Job.create("Loading players", monitor -> {
            List<PlayerHoldings> loaded = store.queries().playerHoldings();
            sync.asyncExec(() -> show(loaded));
        }).schedule();
    }

    private void show(List<PlayerHoldings> loaded) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        PlayerHoldings chosen = selected();
        players = loaded;
        viewer.setInput(loaded);
        if (chosen != null) {
            loaded.stream().filter(p -> p.playerId().equals(chosen.playerId())).findFirst()
                    .ifPresent(p -> viewer.setSelection(new StructuredSelection(p), true));
        }
        long sensorOnly = loaded.stream().filter(p -> p.hittraxEvents() == 0 && p.sensorSwings() > 0).count();
        status.setText(loaded.size() + (loaded.size() == 1 ? " player" : " players")
                + (sensorOnly == 0 ? "" : ", " + sensorOnly + " with sensor swings only"));
        updateButtons();
    }

    private PlayerHoldings selected() {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return null;
        }
        return (PlayerHoldings) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void updateButtons() {
        PlayerHoldings player = selected();
        rename.setEnabled(player != null);
        merge.setEnabled(player != null && players.size() > 1);
        delete.setEnabled(player != null && player.isEmpty());
        delete.setToolTipText(player == null || player.isEmpty() ? "Delete the player, who holds nothing"
                : player.name() + " holds " + player.describe() + "; merge them into another player instead");
    }

    private void column(String title, int width, int alignment, Function<PlayerHoldings, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PlayerHoldings) element);
            }
        });
    }

    private static Button button(Composite parent, String label, String id, String tooltip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setToolTipText(tooltip);
        button.setData(SwingLinkUi.WIDGET_ID, id);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        return button;
    }

    private static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(UiPreferences.defaultZone()));
    }
}
