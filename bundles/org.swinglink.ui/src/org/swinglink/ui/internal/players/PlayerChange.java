package org.swinglink.ui.internal.players;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.PlayerEdits;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.undo.SwingUndo;

/**
 * A change to a player (rename, merge, delete), saved at once and kept in the workbench's undo
 * history with the changes to swings, so Edit > Undo takes back whichever came last.
 */
abstract class PlayerChange extends AbstractOperation {
    protected final PlayerEdits edits;
    private final IEventBroker events;

    PlayerChange(String label, PlayerEdits edits, IEventBroker events) {
        super(label);
        this.edits = edits;
        this.events = events;
        addContext(SwingUndo.CONTEXT);
    }

    /** Makes the change (also on redo). */
    protected abstract void apply() throws ImportException;

    /** Takes it back. */
    protected abstract void revert() throws ImportException;

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return run(true);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return run(true);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return run(false);
    }

    private IStatus run(boolean forward) {
        try {
            if (forward) {
                apply();
            } else {
                revert();
            }
        } catch (ImportException e) {
            return Status.error(e.getMessage());
        }
        events.post(SwingLinkUi.TOPIC_SWINGS_CHANGED, getLabel());
        return Status.OK_STATUS;
    }
}
