package org.swinglink.ui.internal.undo;

import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.SwingEdits;
import org.swinglink.importer.SwingSnapshot;
import org.swinglink.importer.SwingState;
import org.swinglink.ui.SwingLinkUi;

/**
 * An analyst's change to sensor swings (assign, pair, unpair, unassign), saved to the database at
 * once and undoable: undo restores the states the change replaced (and removes a player the change
 * created), redo the states undo replaced.
 */
public final class SwingChange extends AbstractOperation {
    /** The change itself; returns the states it replaced. */
    @FunctionalInterface
    public interface Edit {
        List<SwingState> apply() throws ImportException;
    }

    /** A change that may also create players (an assignment to a new one); returns what it replaced. */
    @FunctionalInterface
    public interface PlayerCreatingEdit {
        SwingSnapshot apply() throws ImportException;
    }

    private final PlayerCreatingEdit edit;
    private final SwingEdits edits;
    private final IEventBroker events;
    private SwingSnapshot toRestore;

    public SwingChange(String label, Edit edit, SwingEdits edits, IEventBroker events) {
        this(label, () -> SwingSnapshot.of(edit.apply()), edits, events);
    }

    /** Undo also removes the players the change created, once they hold nothing; redo brings them back. */
    public SwingChange(String label, PlayerCreatingEdit edit, SwingEdits edits, IEventBroker events) {
        super(label);
        this.edit = edit;
        this.edits = edits;
        this.events = events;
        addContext(SwingUndo.CONTEXT);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            toRestore = edit.apply();
        } catch (ImportException e) {
            return Status.error(e.getMessage());
        }
        changed();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        toRestore = edits.restore(toRestore);
        changed();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return undo(monitor, info); // restoring what undo replaced is the redo
    }

    private void changed() {
        events.post(SwingLinkUi.TOPIC_SWINGS_CHANGED, getLabel());
    }
}
