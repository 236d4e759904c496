package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.swinglink.importer.SwingEdits;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.timeline.TimelineCanvas;
import org.swinglink.ui.internal.timeline.TimelinePanel;

/** The assignment desk of a {@link RunningWorkbench}, driven from the test thread as an analyst would. */
final class DeskDriver {
    static final long WAIT_MILLIS = 30_000;

    private final WorkbenchOnDatabase workbench;

    /** The desk of this workbench; its store is looked up when first needed, once the workbench is open. */
    DeskDriver(WorkbenchOnDatabase workbench) {
        this.workbench = workbench;
    }

    /** Waits until the table shows this many rows under this status line, and returns the table. */
    Table waitForRows(int rows, String status) {
        Shell shell = workbench.mainShell();
        workbench.waitUntil(rows + " rows and the status '" + status + "'", WAIT_MILLIS, () -> {
            Table table = Widgets.byId(shell, Table.class, SwingLinkUi.UNASSIGNED_SWINGS_TABLE);
            Label label = Widgets.byId(shell, Label.class, SwingLinkUi.UNASSIGNED_SWINGS_STATUS);
            return table != null && label != null && table.getItemCount() == rows && status.equals(label.getText());
        });
        return workbench.sync(() -> Widgets.byId(shell, Table.class, SwingLinkUi.UNASSIGNED_SWINGS_TABLE));
    }

    /** Selects a row as a click would and returns its swing's full id (the table shows 8 characters). */
    String selectRow(Table table, int index) {
        String shortId = workbench.sync(() -> {
            table.setSelection(index);
            table.notifyListeners(SWT.Selection, new Event());
            return Widgets.row(table, index).get(0);
        });
        TimelineCanvas canvas = canvas();
        workbench.waitUntil("the timeline to select swing " + shortId, WAIT_MILLIS,
                () -> canvas.selectedSwing() != null && canvas.selectedSwing().startsWith(shortId));
        return workbench.sync(canvas::selectedSwing);
    }

    TimelineCanvas canvas() {
        return workbench.sync(() -> Widgets.byId(workbench.mainShell(), TimelineCanvas.class, TimelinePanel.CANVAS));
    }

    /** The main window's button tagged {@code id}; call on the UI thread. */
    Button button(String id) {
        return Objects.requireNonNull(Widgets.byId(workbench.mainShell(), Button.class, id), id);
    }

    /** Presses an enabled button of the main window as a click would. */
    void press(String id) {
        workbench.syncRun(() -> {
            Button button = button(id);
            assertTrue(button.isEnabled(), id + " is enabled");
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    void choose(String comboId, String item) {
        workbench.syncRun(() -> {
            Combo combo = Widgets.byId(workbench.mainShell(), Combo.class, comboId);
            select(combo, combo.indexOf(item));
        });
    }

    void choose(String comboId, int index) {
        workbench.syncRun(() -> select(Widgets.byId(workbench.mainShell(), Combo.class, comboId), index));
    }

    private static void select(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Runs a workbench command (e.g. undo) as its menu item would. */
    void command(String id) {
        workbench.syncRun(() -> {
            ECommandService commands = workbench.context().get(ECommandService.class);
            EHandlerService handlers = workbench.context().get(EHandlerService.class);
            handlers.executeHandler(commands.createCommand(id, null));
        });
    }

    /** The HitTrax event the swing is paired with in the database, or null. */
    String pairedEvent(String swingId) {
        return new SwingEdits(workbench.store()).states(List.of(swingId)).get(0).hittraxEventId();
    }
}
