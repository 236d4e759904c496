package org.swinglink.ui.internal.handlers;

import java.util.function.BiPredicate;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.swinglink.ui.internal.undo.SwingUndo;

/** A step back or forth through the workbench's history of saved changes to swings (Edit > Undo, Redo). */
public abstract class SwingHistoryStep {
    /** Takes the step in the history's context, e.g. {@code history.undo(context, null, null)}. */
    @FunctionalInterface
    protected interface Step {
        IStatus take(IOperationHistory history, IUndoContext context) throws ExecutionException;
    }

    private final BiPredicate<IOperationHistory, IUndoContext> possible;
    private final Step step;

    /**
     * @param possible whether the history can take the step now, e.g. {@code IOperationHistory::canUndo}
     * @param step     the step
     */
    protected SwingHistoryStep(BiPredicate<IOperationHistory, IUndoContext> possible, Step step) {
        this.possible = possible;
        this.step = step;
    }

    @CanExecute
    public boolean canExecute(IOperationHistory history) {
        return possible.test(history, SwingUndo.CONTEXT);
    }

    @Execute
    public void execute(IOperationHistory history) throws ExecutionException {
        step.take(history, SwingUndo.CONTEXT);
    }
}
