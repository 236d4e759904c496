package org.swinglink.ui.internal.undo;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The workbench's one undo context for changes to swings, and running a change through the history. */
public final class SwingUndo {
    public static final IUndoContext CONTEXT = new ObjectUndoContext(SwingUndo.class, "SwingLink changes");

    private SwingUndo() {
    }

    /** Executes the change and records it for undo; the status says why it was refused, if it was. */
    public static IStatus run(IOperationHistory history, SwingChange change) {
        try {
            return history.execute(change, null, null);
        } catch (ExecutionException e) {
            return Status.error(e.getMessage(), e);
        }
    }
}
