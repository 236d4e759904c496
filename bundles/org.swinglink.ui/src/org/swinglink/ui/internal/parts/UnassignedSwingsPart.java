package org.swinglink.ui.internal.parts;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.swinglink.importer.Importer;
import org.swinglink.model.SensorSwing;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.DatabasePart;
import org.swinglink.ui.internal.UiPreferences;
import org.swinglink.ui.internal.desk.AssignAction;
import org.swinglink.ui.internal.desk.FilterBar;
import org.swinglink.ui.internal.desk.SwingColumns;
import org.swinglink.ui.internal.desk.SwingFilter;
import org.swinglink.ui.internal.table.BackgroundLoad;
import org.swinglink.ui.internal.table.LazyTable;
import org.swinglink.ui.internal.timeline.PairActions;
import org.swinglink.ui.internal.timeline.TimelinePanel;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The assignment desk: sensor swings no player has been given yet, filtered and sorted in memory,
 * assigned to a player in bulk, and the timeline around the selected swing for pairing by hand.
 */
public class UnassignedSwingsPart extends DatabasePart {
    public static final String ASSIGN = "unassignedSwings.assign";

    @Inject
    @Optional
    private Importer importer;

    @Inject
    private IOperationHistory history;

    @Inject
    private IEventBroker events;

    private Label status;
    private FilterBar filters;
    private Button assign;
    private LazyTable<SensorSwing> table;
    private TimelinePanel timeline;
    private BackgroundLoad<List<SensorSwing>> load;
    private List<SensorSwing> loaded = List.of();
    private boolean asking;

    @PostConstruct
    void create(Composite parent) {
        ZoneId zone = UiPreferences.defaultZone();
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        status.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.UNASSIGNED_SWINGS_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        filters = new FilterBar(row, zone, filter -> showRows());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters.control());
        assign = new Button(row, SWT.PUSH);
        assign.setText("Assign...");
        assign.setToolTipText("Give the selected swings to a player (Enter)");
        assign.setData(SwingLinkUi.WIDGET_ID, ASSIGN);
        assign.addListener(SWT.Selection, e -> assignSelected());

        SashForm sash = new SashForm(parent, SWT.VERTICAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(top);
        table = new LazyTable<>(top, SwingColumns.of(zone));
        table.keepSelectionBy(SensorSwing::getId);
        table.table().setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.UNASSIGNED_SWINGS_TABLE);
        timeline = new TimelinePanel(sash, zone, sync());
        sash.setWeights(55, 45);
        wireTable(table.table());
        load = new BackgroundLoad<>("unassignedSwings", table.table(), sync());
        if (store() != null) {
            timeline.connect(store(), new PairActions(store(), history, events));
        }
        reload();
    }

    private void wireTable(Table swings) {
        swings.addListener(SWT.Selection, e -> selectionChanged());
        swings.addListener(SWT.DefaultSelection, e -> assignSelected()); // double-click
        swings.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                // GTK's tree view would first reduce the selection to the focused row, then activate it;
                // the dialog opens once the key is handled, not in a nested loop inside the key press.
                e.doit = false;
                swings.getDisplay().asyncExec(() -> {
                    if (!swings.isDisposed()) {
                        assignSelected();
                    }
                });
            }
        });
        MenuManager menu = new MenuManager();
        menu.add(new Action("Assign...") {
            @Override
            public void run() {
                assignSelected();
            }
        });
        swings.setMenu(menu.createContextMenu(swings));
        swings.addListener(SWT.Dispose, e -> menu.dispose());
    }

    /*
     * @EventTopic and our own UISynchronize rather than @UIEventTopic: the UI event supplier is one
     * OSGi service for the whole framework and keeps the UISynchronize of the first workbench it saw.
     */
    @Inject
    @Optional
    void importsChanged(@EventTopic(SwingLinkUi.TOPIC_IMPORTS_CHANGED) Object importSessionId) {
        onUiThread(this::reloadAll);
    }

    @Inject
    @Optional
    void swingsChanged(@EventTopic(SwingLinkUi.TOPIC_SWINGS_CHANGED) Object change) {
        onUiThread(this::reloadAll);
    }

    private void onUiThread(Runnable work) {
        sync().asyncExec(() -> {
            if (table != null && !table.table().isDisposed()) {
                work.run();
            }
        });
    }

    private void reloadAll() {
        reload();
        timeline.reload();
    }

    @Focus
    void focus() {
        table.table().setFocus();
    }

    /** The swings selected in the table, as shown (filtered and sorted). */
    public List<SensorSwing> selectedSwings() {
        return table.selection();
    }

    private void reload() {
        if (table == null) {
            return;
        }
        if (store() == null) {
            setStatus(noDatabase());
            return;
        }
        setStatus("Loading...");
        load.start(() -> store().queries().unassignedSensorSwings(), rows -> {
            loaded = rows;
            Set<String> listed = rows.stream().map(SensorSwing::getId).collect(Collectors.toSet());
            timeline.letGoUnlessListed(listed::contains); // only a reload can take a swing off the desk
            filters.setChoices(rows);
            showRows();
        }, failure -> setStatus("Cannot read the database: " + failure.getMessage()));
    }

    /** Filters and sorts the loaded swings (no query) and says how many are shown. */
    private void showRows() {
        SwingFilter filter = filters.filter();
        List<SensorSwing> shown = filter.apply(loaded); // the table keeps the order chosen by a header click
        table.show(shown); // keeps selected only the picked swings still shown
        if (loaded.isEmpty()) {
            setStatus("No unassigned swings.");
        } else if (filter.isActive()) {
            setStatus(shown.size() + " of " + Cells.count(loaded.size(), "unassigned swing", "unassigned swings"));
        } else {
            setStatus(Cells.count(loaded.size(), "unassigned swing", "unassigned swings"));
        }
        selectionChanged();
    }

    private void selectionChanged() {
        List<SensorSwing> selected = selectedSwings();
        assign.setEnabled(store() != null && importer != null && !selected.isEmpty());
        if (!selected.isEmpty()) {
            timeline.show(selected.get(0));
        }
    }

    /** Opens the assign dialog, unless one is open already (a key and a double-click may both ask). */
    private void assignSelected() {
        if (store() == null || importer == null || asking) {
            return;
        }
        asking = true;
        try {
            new AssignAction(store(), importer, history, events, sync()).run(status.getShell(), selectedSwings());
        } finally {
            asking = false;
        }
    }

    private void setStatus(String text) {
        status.setText(text);
        status.getParent().layout(new Control[] { status });
    }
}
