package org.swinglink.ui.internal;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.MessageDialog;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;
import org.swinglink.store.StoreException;
import org.swinglink.ui.SwingLinkUi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Opens the SwingLink database once for the workbench ({@code -Dswinglink.db=DIR|URL}, else the
 * folder or server chosen in the preferences, else {@link DatabaseFolder#defaultFolder()}; a URL names a shared
 * PostgreSQL server) and puts the {@link Store} into the application context; closes it when the
 * workbench shuts down. When the database cannot be opened the views say so instead.
 */
public class StoreAddon {
    /** What the change events carry when another program on the server made the change. */
    private static final String BY_OTHERS = "changed by another program";
    private final IEclipseContext context;
    private Store store;
    private Store.Listening othersChanges = () -> { };

    @Inject
    public StoreAddon(MApplication application) {
        this.context = application.getContext();
    }

    @PostConstruct
    void open() {
        // One history for the workbench: every saved change to swings can be undone from Edit > Undo.
        context.set(IOperationHistory.class, new DefaultOperationHistory());
        String database = databaseSetting();
        try {
            store = Store.open(database);
            context.set(Store.class, store);
            othersChanges = store.onChangesByOthers(this::changedByOthers);
            if (!store.upgradeNotes().isEmpty()) {
                String notes = String.join("\n\n", store.upgradeNotes());
                ILog.of(StoreAddon.class).info(notes);
                MessageDialog.openInformation(null, "SwingLink", notes);
            }
        } catch (StoreException e) {
            // the message names the database and the reason, never a password
            ILog.of(StoreAddon.class).error(e.getMessage(), e);
            context.set(DatabaseProblem.class, new DatabaseProblem(e.getMessage()));
            MessageDialog.openError(null, "SwingLink", "The SwingLink database cannot be opened:\n\n" + e.getMessage());
        }
    }

    /**
     * Another computer's import or edit on the shared server: the views reload as after one of this
     * workbench's own (each keeps what the analyst selected, by id).
     */
    private void changedByOthers(java.util.Set<String> tables) {
        IEventBroker events = context.get(IEventBroker.class);
        if (events == null) {
            return;
        }
        if (tables.contains("import_sessions")) {
            events.post(SwingLinkUi.TOPIC_IMPORTS_CHANGED, BY_OTHERS);
        }
        if (tables.stream().anyMatch(table -> !table.equals("import_sessions"))) {
            events.post(SwingLinkUi.TOPIC_SWINGS_CHANGED, BY_OTHERS);
        }
    }

    /** {@code -Dswinglink.db} wins (tests and the launcher's --db), then the preferences; null means this computer's SwingLink folder. */
    private static String databaseSetting() {
        String property = System.getProperty(DatabaseFolder.PROPERTY);
        if (property != null && !property.isBlank()) {
            return property;
        }
        return UiPreferences.database().orElse(null);
    }

    /**
     * E4Application never disposes the application context, so {@link PreDestroy} alone would leave
     * Derby running: close on the (synchronous) shutdown event, whether Quit or the window's close box.
     */
    @Inject
    @Optional
    void shutdown(@EventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Object application) {
        close();
    }

    @PreDestroy
    void close() {
        if (store == null) {
            return;
        }
        othersChanges.close();
        context.remove(Store.class);
        try {
            store.close();
        } catch (StoreException e) {
            ILog.of(StoreAddon.class).error("The SwingLink database did not close cleanly", e);
        }
        store = null;
    }
}
