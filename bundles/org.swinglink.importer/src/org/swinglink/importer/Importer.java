package org.swinglink.importer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.swinglink.importer.internal.PerPlayerImport;
import org.swinglink.store.Store;

/** Imports vendor files into a SwingLink database with whatever sources are installed. */
@Component(service = Importer.class)
public class Importer {
    @Reference
    private SourceRegistry sources;

    public Importer() {
    }

    /** For use outside a DS runtime. */
    public Importer(SourceRegistry sources) {
        this.sources = sources;
    }

    /**
     * Imports every file of one player. Never throws for bad input: the report (and the import
     * session in the database) says whether it completed, and if not, why.
     */
    public ImportReport importForPlayer(Store store, ImportRequest request) {
        return new PerPlayerImport(store, sources, request).run();
    }

    public SourceRegistry sources() {
        return sources;
    }
}
