package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.importer.SourceRegistry;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.Store;
import org.swinglink.testing.DropinJars;
import org.swinglink.testing.Services;
import org.swinglink.ui.SwingLinkUi;

/**
 * A running workbench with Felix FileInstall watching a drop-ins folder: the example third-party
 * parser (built outside the SwingLink reactor) is dropped in, used for an import and removed again,
 * all without a restart, and a jar built for another API version is shown with the reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcesViewTest {
    private static final long WATCH_MILLIS = 20_000;
    private static final Path EXAMPLE_JAR = Path.of(System.getProperty("swinglink.example.jar"));
    private static final Path EXAMPLE_SAMPLE = EXAMPLE_JAR.getParent().getParent()
            .resolve("src/test/resources/swingtag-jordan-reyes.csv");

    private static Path dropins;
    private static Bundle fileInstall;

    /** On an empty database, with Felix FileInstall watching a drop-ins folder before the workbench opens. */
    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(database -> {
        assertTrue(Files.isRegularFile(EXAMPLE_JAR), "the example parser is built first: " + EXAMPLE_JAR);
        dropins = Files.createDirectories(database.folder().resolve("dropins"));
        System.setProperty("felix.fileinstall.dir", dropins.toString());
        System.setProperty("felix.fileinstall.poll", "300");
        System.setProperty("felix.fileinstall.noInitialDelay", "true");
        System.setProperty("felix.fileinstall.filter", ".*\\.jar");
        System.setProperty("felix.fileinstall.log.level", "0");
        fileInstall = bundle("org.apache.felix.fileinstall");
        fileInstall.start();
    });

    @AfterAll
    static void stopWatching() throws Exception {
        try (var jars = Files.list(dropins)) {
            for (Path jar : jars.toList()) {
                Files.delete(jar);
            }
        }
        waitFor("every drop-in uninstalled", () -> installedFrom(dropins).isEmpty());
        fileInstall.stop();
        System.clearProperty("felix.fileinstall.dir");
    }

    @Test
    @Order(1)
    void givenTheWorkbench_whenSourcesIsShown_thenItListsTheBuiltInParsers() {
        Table table = sourcesTable();
        workbench.waitUntil("the built-in parsers", WATCH_MILLIS, () -> ids(table).containsAll(List.of("blast", "diamond_kinetics", "hittrax")));
    }

    @Test
    @Order(2)
    void givenTheExampleJarDroppedIn_whenAFileInItsFormatIsImported_thenItIsUsedWithoutARestart() throws Exception {
        Files.copy(EXAMPLE_JAR, dropins.resolve(EXAMPLE_JAR.getFileName()));
        Table table = sourcesTable();
        workbench.waitUntil("SwingTag in the Sources view", WATCH_MILLIS, () -> ids(table).contains("swingtag"));
        List<String> row = workbench.sync(() -> rowOf(table, "swingtag"));
        assertEquals(List.of("swingtag", "SwingTag", "sensor swings", "com.example.swingtag.parser 1.0.0",
                "swingtag-parser-1.0.0.jar", "active", ""), row);

        Importer importer = Services.await(Importer.class);
        Path sample = Files.copy(EXAMPLE_SAMPLE, Files.createDirectories(workbench.folder().resolve("input")).resolve(EXAMPLE_SAMPLE.getFileName()));
        ImportReport report;
        try (Store store = Store.open(new DatabaseFolder(workbench.folder().resolve("import-db")))) {
            report = importer.importFiles(store, ImportRequest.perPlayer("Jordan Reyes",
                    List.of(sample), new ReadOptions(ZoneId.of("UTC")), "coach"));
        }
        assertTrue(report.succeeded(), report.errorMessage());
        assertEquals(12, report.statistics().totalSwings());
        assertEquals("swingtag", report.files().get(0).sourceId());
    }

    @Test
    @Order(3)
    void givenAJarBuiltForAnotherApiVersion_whenDroppedIn_thenTheViewSaysWhyItCannotBeUsed() throws IOException {
        DropinJars.futureApi(dropins);
        Table table = sourcesTable();
        workbench.waitUntil("future-api.jar in the Sources view", WATCH_MILLIS,
                () -> rowOf(table, "future-api.jar").contains("unresolved"));
        List<String> row = workbench.sync(() -> rowOf(table, "future-api.jar"));
        assertEquals("cannot be resolved: it needs package org.swinglink.source.api version [2.0.0, 3.0.0), "
                + "but SwingLink provides org.swinglink.source.api 1.1.0", row.get(6));
        String tooltip = workbench.sync(() -> {
            int index = List.of(table.getItems()).indexOf(itemOf(table, "future-api.jar"));
            table.getColumn(6).setWidth(200); // as on a narrow window: the reason is cut off
            return Widgets.toolTipOver(table, index, 6);
        });
        assertEquals(row.get(6), tooltip, "the cut-off reason shows whole in a tooltip");
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(workbench.mainShell(), "sources-view"));
    }

    @Test
    @Order(4)
    void givenTheExampleJarRemoved_thenItsSourceIsGoneAndTheBuiltInsRemain() throws IOException {
        Files.delete(dropins.resolve(EXAMPLE_JAR.getFileName()));
        Table table = sourcesTable();
        workbench.waitUntil("SwingTag gone from the Sources view", WATCH_MILLIS, () -> !ids(table).contains("swingtag"));
        assertTrue(Services.await(SourceRegistry.class).sources().stream().noneMatch(s -> s.id().equals("swingtag")));
        assertTrue(workbench.sync(() -> ids(table)).containsAll(List.of("blast", "diamond_kinetics", "hittrax")));
    }

    private Table sourcesTable() {
        Shell shell = workbench.mainShell();
        Driving.showPart(workbench, SwingLinkUi.PART_SOURCES);
        Table table = workbench.sync(() -> Widgets.byId(shell, Table.class, SwingLinkUi.SOURCES_TABLE));
        assertNotNull(table, "the Sources table");
        return table;
    }

    private static List<String> ids(Table table) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            List<String> row = Widgets.row(table, i);
            ids.add(row.get(0).isEmpty() ? row.get(1) : row.get(0));
        }
        return ids;
    }

    /** The row whose id (or, for a jar without a source, file name) is {@code key}; empty when none. */
    private static org.eclipse.swt.widgets.TableItem itemOf(Table table, String key) {
        for (int i = 0; i < table.getItemCount(); i++) {
            List<String> row = Widgets.row(table, i);
            if (row.get(0).equals(key) || row.get(1).equals(key)) {
                return table.getItem(i);
            }
        }
        return null;
    }

    private static List<String> rowOf(Table table, String key) {
        for (int i = 0; i < table.getItemCount(); i++) {
            List<String> row = Widgets.row(table, i);
            if (row.get(0).equals(key) || row.get(1).equals(key)) {
                return row;
            }
        }
        return List.of();
    }

    private static Bundle bundle(String symbolicName) {
        BundleContext context = FrameworkUtil.getBundle(SourcesViewTest.class).getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError(symbolicName + " is not in the test runtime");
    }

    private static List<Bundle> installedFrom(Path folder) {
        BundleContext context = FrameworkUtil.getBundle(SourcesViewTest.class).getBundleContext();
        return List.of(context.getBundles()).stream().filter(b -> b.getLocation().contains(folder.toString())).toList();
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WATCH_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
