package org.swinglink.ui.internal.handlers;

import org.eclipse.core.commands.operations.IOperationHistory;

/** Edit > Undo: takes back the last change to swings (assignment, pairing), which was already saved. */
public class UndoHandler extends SwingHistoryStep {
    public UndoHandler() {
        super(IOperationHistory::canUndo, (history, context) -> history.undo(context, null, null));
    }
}
