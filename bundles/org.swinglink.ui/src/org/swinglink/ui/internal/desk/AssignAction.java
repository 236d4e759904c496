package org.swinglink.ui.internal.desk;

import java.util.List;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.importer.Importer;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.SwingEdits;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.store.Store;
import org.swinglink.ui.internal.UiPreferences;
import org.swinglink.ui.internal.undo.SwingChange;
import org.swinglink.ui.internal.undo.SwingUndo;

/**
 * Assign...: asks for a player, then gives the swings to them as one undoable change; the core
 * pairs them with the player's HitTrax events. The database work runs in a job.
 */
public final class AssignAction {
    private final Store store;
    private final IOperationHistory history;
    private final IEventBroker events;
    private final UISynchronize sync;

    /** @param importer unused: the assignment runs through {@link SwingEdits#assign}, which can undo a new player */
    public AssignAction(Store store, Importer importer, IOperationHistory history, IEventBroker events, UISynchronize sync) {
        this.store = store;
        this.history = history;
        this.events = events;
        this.sync = sync;
    }

    /** Call on the UI thread; opens the dialog (modal) unless there is nothing to assign. */
    public void run(Shell shell, List<SensorSwing> swings) {
        if (swings.isEmpty()) {
            return;
        }
        List<String> players = store.queries().players().stream().map(User::getName).toList();
        AssignDialog dialog = new AssignDialog(shell, SwingsInWords.of(swings, UiPreferences.defaultZone()), players);
        if (dialog.open() != Window.OK) {
            return;
        }
        assign(shell, swings.stream().map(SensorSwing::getId).toList(), dialog.playerName());
    }

    private void assign(Shell shell, List<String> ids, String player) {
        String analyst = System.getProperty("user.name");
        long toleranceMillis = Math.round(UiPreferences.toleranceSeconds() * 1000);
        SwingEdits edits = new SwingEdits(store);
        String label = "Assign " + (ids.size() == 1 ? "1 swing" : ids.size() + " swings") + " to " + player;
        Job.create(label, monitor -> {
            SwingChange.PlayerCreatingEdit assignment = () -> edits.assign(ids, player, analyst,
                    new MatchSettings(null, toleranceMillis));
            IStatus status = SwingUndo.run(history, new SwingChange(label, assignment, edits, events));
            if (!status.isOK()) {
                sync.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openError(shell, "Cannot assign the swings", status.getMessage());
                    }
                });
            }
        }).schedule();
    }
}
