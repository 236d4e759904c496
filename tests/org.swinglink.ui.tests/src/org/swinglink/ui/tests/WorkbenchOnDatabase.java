package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;

/**
 * The real workbench for the tests of one class, on a database of that class's own: before the
 * tests it runs the class's {@link Preparation} (imports, mostly) on the database, points the
 * workbench at it ({@link DatabaseFolder#PROPERTY}) and opens it; after them it closes the
 * workbench, forgets the database and deletes the class's folder.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(database -&gt;
 *         database.perPlayer("Jane Doe", database.fixture("hittrax/jane-doe-2024-10-14.csv")));
 * </pre>
 *
 * The class's own {@code @BeforeAll} methods run once the workbench is up, its {@code @AfterAll}
 * methods before it closes.
 */
final class WorkbenchOnDatabase extends RunningWorkbench implements BeforeAllCallback, AfterAllCallback {
    /** What a test class puts into its database before the workbench opens it. */
    @FunctionalInterface
    interface Preparation {
        void prepare(TestDatabase database) throws Exception;
    }

    private final Preparation preparation;
    private Path folder;
    private int width;
    private int height;

    private WorkbenchOnDatabase(Preparation preparation) {
        this.preparation = preparation;
    }

    /** The workbench on a database nobody opened before: it creates it. */
    static WorkbenchOnDatabase onEmptyDatabase() {
        return new WorkbenchOnDatabase(database -> {
        });
    }

    /** The workbench on a database holding what {@code preparation} imported. */
    static WorkbenchOnDatabase holding(Preparation preparation) {
        return new WorkbenchOnDatabase(preparation);
    }

    /** Sets the main window to this size at (0, 0) once it is open: the size a view is laid out for. */
    WorkbenchOnDatabase withWindow(int windowWidth, int windowHeight) {
        this.width = windowWidth;
        this.height = windowHeight;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory(context.getRequiredTestClass().getSimpleName());
        TestDatabase database = new TestDatabase(folder);
        try (database) {
            preparation.prepare(database);
        }
        System.setProperty(DatabaseFolder.PROPERTY, database.setting());
        start();
        if (width > 0) {
            syncRun(() -> mainShell().setBounds(0, 0, width, height));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        System.clearProperty(DatabaseFolder.PROPERTY);
        closeIfRunning();
        if (folder != null) {
            delete(folder);
        }
    }

    /** The test class's folder: the database, the copied fixtures, and anything else a test writes. */
    Path folder() {
        return folder;
    }

    /** The store the workbench opened on the test database. */
    Store store() {
        Store store = context().get(Store.class);
        assertNotNull(store, "the workbench opened the test database");
        return store;
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
