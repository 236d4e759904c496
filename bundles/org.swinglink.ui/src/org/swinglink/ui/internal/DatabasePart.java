package org.swinglink.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.swinglink.store.Store;

import jakarta.inject.Inject;

/**
 * A view that reads the database: the workbench gives it the {@link Store} ({@link StoreAddon}), or,
 * when the database could not be opened, the reason, and the UI thread to show what it read on.
 */
public abstract class DatabasePart {
    @Inject
    @Optional
    private Store store;

    @Inject
    @Optional
    private DatabaseProblem problem;

    @Inject
    private UISynchronize sync;

    /** The open database; null when there is none ({@link #noDatabase()} says why). */
    protected final Store store() {
        return store;
    }

    protected final UISynchronize sync() {
        return sync;
    }

    /** Why there is no database, for the view's status line. */
    protected final String noDatabase() {
        return problem != null ? problem.message() : "No database is open.";
    }
}
