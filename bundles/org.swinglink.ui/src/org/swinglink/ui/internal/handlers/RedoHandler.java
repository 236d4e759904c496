package org.swinglink.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.swinglink.ui.internal.undo.SwingUndo;

/** Edit > Redo: makes an undone change again. */
public class RedoHandler {
    @CanExecute
    public boolean canRedo(IOperationHistory history) {
        return history.canRedo(SwingUndo.CONTEXT);
    }

    @Execute
    public void redo(IOperationHistory history) throws ExecutionException {
        history.redo(SwingUndo.CONTEXT, null, null);
    }
}
