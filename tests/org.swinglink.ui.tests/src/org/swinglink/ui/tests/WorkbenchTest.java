package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.model.ImportSession;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.Store;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Services;
import org.swinglink.ui.SwingLinkUi;

/**
 * Opens the real workbench on a database with an import in it, under Xvfb, and reads what the user
 * would see. One workbench for the class: SWT allows one Display at a time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchTest {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final long LOAD_MILLIS = 20_000;

    private static ImportSession janeDoeImport;

    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(database -> {
        Files.createDirectories(Path.of(System.getProperty("swinglink.test.work", "target/test-work")));
        database.perPlayer("Jane Doe", database.fixture("hittrax/jane-doe-2024-10-14.csv"));
        janeDoeImport = database.store().queries().importSessions().get(0);
    });

    @Test
    @Order(1)
    void givenTheWorkbench_thenItsWindowHasTheTitleTheIconTheMenusAndTheImportButton() {
        Shell shell = workbench.mainShell();
        assertEquals("SwingLink", workbench.sync(shell::getText));
        assertEquals(List.of(16, 32, 48, 64), workbench.sync(() -> Stream.of(shell.getImages()).map(image -> image.getBounds().width).toList()),
                "the window's icon in the sizes a desktop picks from");
        assertEquals(List.of("&File", "&Edit", "&Help"), workbench.sync(() -> texts(shell.getMenuBar())));
        List<String> tools = workbench.sync(() -> Widgets.all(shell, ToolBar.class).stream()
                .flatMap(bar -> List.of(bar.getItems()).stream()).map(ToolItem::getText).toList());
        assertTrue(tools.contains("Import"), "tool items: " + tools);
        MWindow window = workbench.application().getChildren().get(0);
        assertEquals(1280, window.getWidth());
        assertEquals(800, window.getHeight());
    }

    @Test
    @Order(2)
    void givenAnImportedHitTraxFile_whenTheWorkbenchOpens_thenImportSessionsListsItWithItsCounts() throws Exception {
        Shell shell = workbench.mainShell();
        Table table = waitForRows(shell, SwingLinkUi.IMPORT_SESSIONS_TABLE, SwingLinkUi.IMPORT_SESSIONS_STATUS, 1, "1 import");

        assertEquals(List.of("Created", "Type", "Status", "Sources", "Files", "Events", "Swings", "Matched", "Unmatched",
                "Players", "Error"), workbench.sync(() -> Widgets.headers(table)));
        String created = SHOWN.format(janeDoeImport.getCreatedAt().atZone(ZoneId.systemDefault()));
        assertEquals(List.of(created, "per player", "completed", "hittrax", "jane-doe-2024-10-14.csv", "48", "0", "0", "0",
                "1", ""), workbench.sync(() -> Widgets.row(table, 0)));

        Path screenshot = workbench.sync(() -> Screenshots.save(shell, "import-sessions"));
        assertTrue(Files.size(screenshot) > 10_000, "a real picture, not an empty one: " + screenshot);
    }

    @Test
    @Order(3)
    void givenTheOpenWorkbench_whenAnotherFileIsImported_thenImportSessionsReloadsNewestFirst() {
        Store store = workbench.context().get(Store.class);
        assertNotNull(store, "the store add-on puts the open database into the application context");
        ImportReport report = Services.await(Importer.class).importFiles(store, ImportRequest.perPlayer("John Roe",
                List.of(Fixtures.copy("hittrax/john-roe-2024-10-15.csv", workbench.folder().resolve("input"))), CHICAGO, "coach"));
        assertTrue(report.succeeded(), report.errorMessage());

        workbench.context().get(IEventBroker.class).post(SwingLinkUi.TOPIC_IMPORTS_CHANGED, report.importSessionId());

        Shell shell = workbench.mainShell();
        Table table = waitForRows(shell, SwingLinkUi.IMPORT_SESSIONS_TABLE, SwingLinkUi.IMPORT_SESSIONS_STATUS, 2, "2 imports");
        List<String> newest = workbench.sync(() -> Widgets.row(table, 0));
        assertEquals(String.valueOf(report.statistics().hittraxEvents()), newest.get(5));
        assertEquals("48", workbench.sync(() -> Widgets.row(table, 1)).get(5));
    }

    @Test
    @Order(4)
    void givenNoSensorSwings_whenUnassignedSwingsIsShown_thenItSaysThereAreNone() {
        showPart(SwingLinkUi.PART_UNASSIGNED_SWINGS);
        Shell shell = workbench.mainShell();
        Table table = waitForRows(shell, SwingLinkUi.UNASSIGNED_SWINGS_TABLE, SwingLinkUi.UNASSIGNED_SWINGS_STATUS, 0,
                "No unassigned swings.");
        assertEquals(List.of("ID", "Sensor", "Time", "Import", "File", "Line", "Bat speed", "Attack angle", "Paired"), workbench.sync(() -> Widgets.headers(table)));
        workbench.sync(() -> Screenshots.save(shell, "unassigned-swings-none"));

        showPart(SwingLinkUi.PART_PLAYER);
        workbench.waitUntil("the player view's prompt", LOAD_MILLIS, () -> Widgets.all(shell, Label.class).stream()
                .anyMatch(label -> label.isVisible() && "Choose a player".equals(label.getText())));

        showPart(SwingLinkUi.PART_IMPORT_SESSIONS);
    }

    @Test
    @Order(5)
    void whenQuitIsChosen_thenTheWorkbenchClosesAndTheDatabaseIsShutDown() {
        Store store = workbench.context().get(Store.class);
        workbench.syncRun(() -> {
            ECommandService commands = workbench.context().get(ECommandService.class);
            EHandlerService handlers = workbench.context().get(EHandlerService.class);
            handlers.executeHandler(commands.createCommand("org.swinglink.ui.command.quit", null));
        });
        workbench.awaitEnd(30);
        assertThrows(IllegalStateException.class, () -> store.queries().importSessions(),
                "the store add-on closes the database when the workbench closes");
    }

    private Table waitForRows(Shell shell, String tableId, String statusId, int rows, String status) {
        workbench.waitUntil(rows + " rows and the status '" + status + "' in " + tableId, LOAD_MILLIS, () -> {
            Table table = Widgets.byId(shell, Table.class, tableId);
            Label label = Widgets.byId(shell, Label.class, statusId);
            return table != null && label != null && table.getItemCount() == rows && status.equals(label.getText());
        });
        return workbench.sync(() -> Widgets.byId(shell, Table.class, tableId));
    }

    private void showPart(String id) {
        workbench.syncRun(() -> {
            MWindow window = workbench.application().getChildren().get(0);
            EPartService parts = window.getContext().get(EPartService.class);
            MPart part = parts.showPart(id, PartState.ACTIVATE);
            assertNotNull(part, id);
        });
    }

    private static List<String> texts(Menu menu) {
        return List.of(menu.getItems()).stream().map(MenuItem::getText).toList();
    }
}
