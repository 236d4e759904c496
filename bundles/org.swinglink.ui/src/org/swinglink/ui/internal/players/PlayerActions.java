package org.swinglink.ui.internal.players;

import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.importer.MatchSettings;
import org.swinglink.importer.PlayerEdits;
import org.swinglink.model.PlayerNames;
import org.swinglink.store.PlayerHoldings;
import org.swinglink.store.Store;
import org.swinglink.ui.internal.UiPreferences;

/**
 * Rename..., Merge into... and Delete of the Players dialog: asks what is needed, then runs the
 * change through the undo history in a job; a refusal is shown with its reason.
 */
public final class PlayerActions {
    public static final String RENAME_TITLE = "Rename player";

    private final PlayerEdits edits;
    private final IOperationHistory history;
    private final IEventBroker events;
    private final UISynchronize sync;

    public PlayerActions(Store store, IOperationHistory history, IEventBroker events, UISynchronize sync) {
        this.edits = new PlayerEdits(store);
        this.history = history;
        this.events = events;
        this.sync = sync;
    }

    void rename(Shell shell, PlayerHoldings player) {
        if (player == null) {
            return;
        }
        InputDialog dialog = new InputDialog(shell, RENAME_TITLE, "New name of " + player.name() + ":", player.name(),
                text -> PlayerNames.key(text).isEmpty() ? "Type a name" : null);
        if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(player.name())) {
            run(shell, "Cannot rename " + player.name(), PlayerChanges.rename(player.name(), dialog.getValue().strip(), edits, events));
        }
    }

    void merge(Shell shell, PlayerHoldings player, List<PlayerHoldings> players) {
        if (player == null) {
            return;
        }
        MergeDialog dialog = new MergeDialog(shell, player, players);
        if (dialog.open() == Window.OK) {
            MatchSettings matching = new MatchSettings(null, Math.round(UiPreferences.toleranceSeconds() * 1000));
            run(shell, "Cannot merge " + player.name(), PlayerChanges.merge(player.name(), dialog.into(), matching, edits, events));
        }
    }

    void delete(Shell shell, PlayerHoldings player) {
        if (player != null) {
            run(shell, "Cannot delete " + player.name(), PlayerChanges.delete(player.name(), edits, events));
        }
    }

    private void run(Shell shell, String failure, PlayerChange change) {
        Job.create(change.getLabel(), monitor -> {
            IStatus status;
            try {
                status = history.execute(change, null, null);
            } catch (ExecutionException e) {
                status = Status.error(e.getMessage(), e);
            }
            if (!status.isOK()) {
                String message = status.getMessage();
                sync.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openError(shell, failure, message);
                    }
                });
            }
        }).schedule();
    }
}
