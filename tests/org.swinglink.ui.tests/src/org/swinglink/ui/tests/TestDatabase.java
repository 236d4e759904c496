package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.PasswordSource;
import org.swinglink.store.ServerAddress;
import org.swinglink.store.Store;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Services;

/**
 * A test class's database while {@link WorkbenchOnDatabase} prepares it: fixtures copied to real
 * files, imports as an analyst in Chicago makes them, before the workbench opens the database.
 * A Derby database in the class's folder unless {@link #useServer} names a server's.
 */
final class TestDatabase implements AutoCloseable {
    static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));
    static final String ANALYST = "coach";

    private final Path folder;
    private String setting;
    private Store store;

    TestDatabase(Path folder) {
        this.folder = folder;
        this.setting = folder.resolve("db").toString();
    }

    /** The test class's folder. */
    Path folder() {
        return folder;
    }

    /** Where {@link #fixture} copies to. */
    Path input() {
        return folder.resolve("input");
    }

    /** A fixture of {@code org.swinglink.testing} copied to {@link #input()}. */
    Path fixture(String name) {
        return Fixtures.copy(name, input());
    }

    /** A fixture copied to {@link #input()} under another file name (one that names no player, say). */
    Path fixture(String name, String fileName) {
        return Fixtures.copyAs(name, input(), fileName);
    }

    /** The workbench is to open the database at {@code address} on a PostgreSQL server, with these passwords. */
    void useServer(String address, PasswordSource passwords) {
        if (store != null) {
            throw new IllegalStateException("The Derby database is open already");
        }
        setting = address;
        store = Store.open(ServerAddress.parse(address, "nobody"), passwords, new DatabaseFolder(folder.resolve("local")));
    }

    /** The database, opened on first use; it is closed again before the workbench opens it. */
    Store store() {
        if (store == null) {
            store = Store.open(new DatabaseFolder(Path.of(setting)));
        }
        return store;
    }

    Importer importer() {
        return Services.await(Importer.class);
    }

    /** Imports the files for {@code player}, and checks the import succeeded. */
    ImportReport perPlayer(String player, Path... files) {
        return succeeded(importer().importFiles(store(), ImportRequest.perPlayer(player, List.of(files), CHICAGO, ANALYST)));
    }

    /** Imports the files in bulk (each file's player as it names one), and checks the import succeeded. */
    ImportReport bulk(Path... files) {
        return succeeded(importer().importFiles(store(), ImportRequest.bulk(List.of(files), CHICAGO, ANALYST)));
    }

    /**
     * A preparation: Jane Doe's HitTrax session and, in a file that names nobody, her Blast swings, in
     * one bulk import that leaves all 47 swings unassigned.
     */
    static void janeDoeWithSwingsNamingNobody(TestDatabase database) {
        ImportReport report = database.bulk(database.fixture("hittrax/jane-doe-2024-10-14.csv"),
                database.fixture("paired/Metrics - Jane Doe.csv", "swings.csv"));
        assertEquals(47, report.unassigned().size(), "unassigned swings");
    }

    private static ImportReport succeeded(ImportReport report) {
        assertTrue(report.succeeded(), report.errorMessage());
        return report;
    }

    /** What {@link org.swinglink.store.DatabaseFolder#PROPERTY} is set to for the workbench. */
    String setting() {
        return setting;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
