package org.swinglink.ui.internal.wizard;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.swinglink.importer.Importer;
import org.swinglink.store.Store;

/** What the wizard and its job need from the workbench. */
record ImportServices(Store store, Importer importer, IEventBroker events) {

    /** Null when the database is not open: there is nothing to import into. */
    static ImportServices from(IEclipseContext context) {
        Store store = context.get(Store.class);
        Importer importer = context.get(Importer.class);
        IEventBroker events = context.get(IEventBroker.class);
        return store == null || importer == null || events == null ? null : new ImportServices(store, importer, events);
    }
}
