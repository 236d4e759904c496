package org.swinglink.importer.tests;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Services;

/** A real database (in a temporary folder, or on a server) and the real importer service, for one test. */
final class ImportFixture implements AutoCloseable {
    static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));

    final Path folder;
    final Store store;
    final Importer importer;

    ImportFixture(Path folder) {
        this(folder, Store.open(new DatabaseFolder(folder.resolve("db"))));
    }

    /** The real importer on {@code store}, with {@code folder} for the input files. */
    ImportFixture(Path folder, Store store) {
        this.folder = folder;
        this.store = store;
        this.importer = Services.await(Importer.class);
    }

    Path file(String fixture) {
        return Fixtures.copy(fixture, folder.resolve("input"));
    }

    /** A fixture copied to the input folder under another file name. */
    Path file(String fixture, String fileName) {
        return Fixtures.copyAs(fixture, folder.resolve("input"), fileName);
    }

    ImportReport importForPlayer(String player, String... fixtures) {
        List<Path> files = Arrays.stream(fixtures).map(this::file).toList();
        return importer.importFiles(store, ImportRequest.perPlayer(player, files, CHICAGO, "coach"));
    }

    ImportReport importBulk(Path... inputs) {
        return importer.importFiles(store, ImportRequest.bulk(List.of(inputs), CHICAGO, "coach"));
    }

    long count(String entity) {
        return store.read(em -> em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult());
    }

    @Override
    public void close() {
        store.close();
    }
}
