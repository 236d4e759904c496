package org.swinglink.importer;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.swinglink.importer.internal.Assignment;
import org.swinglink.importer.internal.ImportRun;
import org.swinglink.importer.internal.Preview;
import org.swinglink.source.api.ReadOptions;
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
        return importFiles(store, request, ImportMonitor.NONE);
    }

    /** {@link #importFiles(Store, ImportRequest)}, reporting progress to {@code monitor}, which may cancel it. */
    public ImportReport importFiles(Store store, ImportRequest request, ImportMonitor monitor) {
        return new ImportRun(store, sources, request, monitor).run();
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

    /**
     * Reads the inputs (files, folders, ZIPs) without storing anything: which source claims each
     * file, how sure it is, how many rows and which players it holds.
     *
     * @throws ImportException when an input does not exist or a ZIP cannot be unpacked
     */
    public List<FilePreview> preview(List<Path> inputs, ReadOptions options) throws ImportException {
        return new Preview(sources).of(inputs, options);
    }

    /**
     * {@link #preview(List, ReadOptions)}, also naming for each file the import of {@code store} that
     * already stored its exact bytes ({@link FilePreview#importedBefore()}), which the import would skip.
     *
     * @throws ImportException when an input does not exist or a ZIP cannot be unpacked
     */
    public List<FilePreview> preview(Store store, List<Path> inputs, ReadOptions options) throws ImportException {
        return new Preview(sources).of(store, inputs, options);
    }

    /**
     * For each file the inputs hold (a ZIP's entries one by one), the import of {@code store} that
     * already stored its exact bytes, or null where none did. Hashes the files and reads no rows: what
     * a watched folder asks of thousands of files at each start.
     *
     * @throws ImportException when an input does not exist or cannot be read
     */
    public List<ImportedBefore> importedBefore(Store store, List<Path> inputs) throws ImportException {
        return Preview.importedBefore(store, inputs);
    }

    public SourceRegistry sources() {
        return sources;
    }
}
