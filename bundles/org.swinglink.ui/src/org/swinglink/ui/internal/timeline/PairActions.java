package org.swinglink.ui.internal.timeline;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.swinglink.importer.SwingEdits;
import org.swinglink.store.Store;
import org.swinglink.ui.internal.undo.SwingChange;
import org.swinglink.ui.internal.undo.SwingUndo;

/** Pair and Unpair by hand, each one undoable change saved at once (in a job). */
public final class PairActions {
    private final Store store;
    private final IOperationHistory history;
    private final IEventBroker events;

    public PairActions(Store store, IOperationHistory history, IEventBroker events) {
        this.store = store;
        this.history = history;
        this.events = events;
    }

    /**
     * Pairs the swing with the event; a swing without player goes to the event's batter. Unless
     * {@code replace} (the analyst agreed), a pair the swing or the event is already in is refused.
     */
    public void pair(String swingId, String eventId, String eventLabel, boolean replace, Consumer<IStatus> failed) {
        SwingEdits edits = new SwingEdits(store);
        String analyst = System.getProperty("user.name");
        run(new SwingChange("Pair a swing with " + eventLabel, () -> edits.pair(swingId, eventId, analyst, replace), edits,
                events), failed);
    }

    public void unpair(String swingId, Consumer<IStatus> failed) {
        SwingEdits edits = new SwingEdits(store);
        run(new SwingChange("Unpair a swing", () -> edits.unpair(List.of(swingId)), edits, events), failed);
    }

    private void run(SwingChange change, Consumer<IStatus> failed) {
        Job.create(change.getLabel(), monitor -> {
            IStatus status = SwingUndo.run(history, change);
            if (!status.isOK()) {
                failed.accept(status);
            }
        }).schedule();
    }
}
