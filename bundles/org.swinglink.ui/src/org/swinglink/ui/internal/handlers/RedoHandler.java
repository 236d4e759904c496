package org.swinglink.ui.internal.handlers;

import org.eclipse.core.commands.operations.IOperationHistory;

/** Edit > Redo: makes an undone change again. */
public class RedoHandler extends SwingHistoryStep {
    public RedoHandler() {
        super(IOperationHistory::canRedo, (history, context) -> history.redo(context, null, null));
    }
}
