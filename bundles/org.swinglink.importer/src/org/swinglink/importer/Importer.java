package org.swinglink.importer;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.swinglink.importer.internal.Assignment;
import org.swinglink.importer.internal.ImportRun;
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
     * Runs a per-player or bulk import. Never throws for bad input: the report (and the import
     * session in the database) says whether it completed, and if not, why.
     */
    public ImportReport importFiles(Store store, ImportRequest request) {
        return new ImportRun(store, sources, request).run();
    }

    /**
     * Gives swings (by id or unambiguous id prefix) to a player, created if unknown, and pairs them
     * with that player's unpaired HitTrax events.
     *
     * @throws ImportException when an id names no swing or more than one; nothing changes then
     */
    public AssignmentReport assign(Store store, List<String> swingIds, String playerName, String analyst,
            MatchSettings matching) throws ImportException {
        return new Assignment(store).assign(swingIds, playerName, analyst, matching);
    }

    public SourceRegistry sources() {
        return sources;
    }
}
