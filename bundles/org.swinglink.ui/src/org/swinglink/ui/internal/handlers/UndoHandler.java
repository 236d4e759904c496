package org.swinglink.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.swinglink.ui.internal.undo.SwingUndo;

/** Edit > Undo: takes back the last change to swings (assignment, pairing), which was already saved. */
public class UndoHandler {
    @CanExecute
    public boolean canUndo(IOperationHistory history) {
        return history.canUndo(SwingUndo.CONTEXT);
    }

    @Execute
    public void undo(IOperationHistory history) throws ExecutionException {
        history.undo(SwingUndo.CONTEXT, null, null);
    }
}
