package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.testing.Fixtures;
import org.swinglink.testing.Services;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.desk.AssignDialog;
import org.swinglink.ui.internal.desk.FilterBar;
import org.swinglink.ui.internal.parts.UnassignedSwingsPart;
import org.swinglink.ui.internal.timeline.EventMark;
import org.swinglink.ui.internal.timeline.SwingMark;
import org.swinglink.ui.internal.timeline.TimelineCanvas;
import org.swinglink.ui.internal.timeline.TimelineModel;
import org.swinglink.ui.internal.timeline.TimelinePanel;

/**
 * The Unassigned Swings view as an assignment desk, on a bulk import whose Blast file names no
 * player: filter, assign in bulk through the dialog, pair by hand on the timeline, and undo.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentDeskTest {
    private static final ReadOptions CHICAGO = new ReadOptions(ZoneId.of("America/Chicago"));
    private static final long WAIT_MILLIS = DeskDriver.WAIT_MILLIS;

    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(TestDatabase::janeDoeWithSwingsNamingNobody);

    private static final DeskDriver desk = new DeskDriver(workbench);

    @Test
    @Order(1)
    void givenABulkImportWithoutPlayerHints_whenTheDeskOpens_thenItListsTheSwingsAndTheTimelineAroundTheSelectedOne() {
        showDesk();
        Shell shell = workbench.mainShell();
        Table table = desk.waitForRows(47, "47 unassigned swings");
        assertEquals(List.of("ID", "Sensor", "Time", "Import", "File", "Line", "Bat speed", "Attack angle", "Paired"),
                workbench.sync(() -> Widgets.headers(table)));
        assertEquals("swings.csv", workbench.sync(() -> Widgets.row(table, 0)).get(4));

        String swingId = desk.selectRow(table, 10);
        TimelineCanvas canvas = desk.canvas();
        workbench.waitUntil("the timeline around the selected swing", WAIT_MILLIS, () -> canvas.model().swing(swingId).isPresent()
                && !canvas.model().visibleEvents().isEmpty() && canvas.model().visibleSwings().size() > 1);
        assertEquals(swingId, workbench.sync(canvas::selectedSwing));
        // With the sensor's 47.3 s lag typed in, the swings line up under their batted balls.
        workbench.syncRun(() -> Widgets.byId(shell, Text.class, TimelinePanel.OFFSET).setText("47.3"));
        workbench.waitUntil("the swings moved by 47.3 s", WAIT_MILLIS, () -> canvas.model().typedOffsetMillis() == 47_300
                && canvas.model().visibleSwings().size() > 1);

        Path screenshot = workbench.sync(() -> Screenshots.save(shell, "unassigned-swings"));
        assertTrue(screenshot.toFile().length() > 10_000, "a real picture: " + screenshot);
    }

    @Test
    @Order(2)
    void givenASelectedSwing_whenTheNearestEventIsClickedAndPaired_thenTheSwingIsPairedUntilUndone() {
        Table table = desk.waitForRows(47, "47 unassigned swings");
        String swingId = desk.selectRow(table, 20);
        TimelineCanvas canvas = desk.canvas();
        // The sensor's clock is 47.3 s behind HitTrax: the analyst types the offset.
        workbench.syncRun(() -> Widgets.byId(workbench.mainShell(), Text.class, TimelinePanel.OFFSET).setText("47.3"));
        workbench.waitUntil("the swings moved by 47.3 s", WAIT_MILLIS, () -> canvas.model().typedOffsetMillis() == 47_300
                && canvas.model().swing(swingId).isPresent() && !canvas.model().events().isEmpty());

        EventMark nearest = workbench.sync(() -> {
            TimelineModel model = canvas.model();
            SwingMark swing = model.swing(swingId).orElseThrow();
            EventMark event = model.nearestEvent(swing).orElseThrow();
            click(canvas, model.x(event.time(), canvas.getClientArea().width), TimelineModel.eventLaneY(canvas.getClientArea().height));
            return event;
        });
        assertEquals(nearest.id(), workbench.sync(canvas::selectedEvent), "the click hit the event's dot");
        assertEquals(swingId, workbench.sync(canvas::selectedSwing));
        desk.press(TimelinePanel.PAIR);

        desk.waitForRows(46, "46 unassigned swings"); // the pair gave the swing to the event's batter
        assertEquals(nearest.id(), desk.pairedEvent(swingId));
        workbench.waitUntil("the stored pair on the timeline", WAIT_MILLIS,
                () -> canvas.model().pairs().stream().anyMatch(p -> p.swing().id().equals(swingId)));

        desk.command("org.swinglink.ui.command.undo");
        desk.waitForRows(47, "47 unassigned swings");
        assertNull(desk.pairedEvent(swingId), "undo unpaired the swing");
        workbench.syncRun(() -> Widgets.byId(workbench.mainShell(), Text.class, TimelinePanel.OFFSET).setText("0"));
    }

    @Test
    @Order(3)
    void givenAllSwingsSelected_whenAssignedToJaneDoe_thenTheyLeaveTheDeskAndArePairedUntilUndoneAndRedone() {
        Shell shell = workbench.mainShell();
        Table table = desk.waitForRows(47, "47 unassigned swings");
        workbench.syncRun(() -> {
            table.selectAll();
            table.notifyListeners(SWT.Selection, new Event());
        });
        // The dialog is modal: open it from the event loop and drive it from here.
        workbench.display().asyncExec(() -> desk.button(UnassignedSwingsPart.ASSIGN).notifyListeners(SWT.Selection, new Event()));
        workbench.waitUntil("the assign dialog", WAIT_MILLIS, () -> dialog() != null);
        workbench.syncRun(() -> {
            Shell dialog = dialog();
            Combo player = Widgets.byId(dialog, Combo.class, AssignDialog.PLAYER);
            assertTrue(Arrays.asList(player.getItems()).contains("Jane Doe"), Arrays.toString(player.getItems()));
            player.select(player.indexOf("Jane Doe"));
            player.notifyListeners(SWT.Modify, new Event()); // as choosing it by hand would
        });
        letTheScreenCatchUp();
        workbench.syncRun(() -> {
            Shell dialog = dialog();
            Screenshots.save(dialog, "assign-dialog");
            Button ok = Widgets.all(dialog, Button.class).stream().filter(b -> "Assign".equals(b.getText())).findFirst()
                    .orElseThrow();
            assertTrue(ok.isEnabled(), "a player is chosen");
            ok.notifyListeners(SWT.Selection, new Event());
        });

        desk.waitForRows(0, "No unassigned swings.");
        User jane = workbench.store().queries().findUser(UserRole.PLAYER, "Jane Doe").orElseThrow();
        assertEquals(43, workbench.store().queries().matchedSwingsForPlayer(jane.getId()).size());
        workbench.sync(() -> Screenshots.save(shell, "unassigned-swings-assigned"));

        desk.command("org.swinglink.ui.command.undo");
        desk.waitForRows(47, "47 unassigned swings");
        assertEquals(0, workbench.store().queries().matchedSwingsForPlayer(jane.getId()).size());

        desk.command("org.swinglink.ui.command.redo");
        desk.waitForRows(0, "No unassigned swings.");
        assertEquals(43, workbench.store().queries().matchedSwingsForPlayer(jane.getId()).size());
    }

    @Test
    @Order(4)
    void givenSwingsOfTwoImportsAndSensors_whenFiltered_thenFewerRowsAreShownAndTheStatusSaysHowMany() {
        desk.command("org.swinglink.ui.command.undo");
        desk.waitForRows(47, "47 unassigned swings");
        ImportReport dk = importer().importFiles(workbench.store(), ImportRequest.bulk(
                List.of(Fixtures.copy("dk/display-names.csv", workbench.folder().resolve("dk"))), CHICAGO, "coach"));
        assertTrue(dk.succeeded(), dk.errorMessage());
        workbench.context().get(IEventBroker.class).post(SwingLinkUi.TOPIC_IMPORTS_CHANGED, dk.importSessionId());
        desk.waitForRows(59, "59 unassigned swings");

        Shell shell = workbench.mainShell();
        List<String> sensors = workbench.sync(() -> List.of(Widgets.byId(shell, Combo.class, FilterBar.SENSOR).getItems()));
        assertEquals(3, sensors.size(), "all sensors, then each sensor type present: " + sensors);
        String blast = sensors.stream().filter(s -> s.toLowerCase().contains("blast")).findFirst().orElseThrow();
        desk.choose(FilterBar.SENSOR, blast);
        desk.waitForRows(47, "47 of 59 unassigned swings");

        desk.choose(FilterBar.IMPORT, 1); // the newest import: the Diamond Kinetics file
        desk.waitForRows(0, "0 of 59 unassigned swings");
        desk.choose(FilterBar.SENSOR, 0);
        desk.waitForRows(12, "12 of 59 unassigned swings");
        workbench.sync(() -> Screenshots.save(shell, "unassigned-swings-filtered"));

        desk.choose(FilterBar.IMPORT, 0);
        workbench.syncRun(() -> Widgets.byId(shell, Text.class, FilterBar.FROM).setText("2024-10-15"));
        desk.waitForRows(0, "0 of 59 unassigned swings");
        workbench.syncRun(() -> Widgets.byId(shell, Text.class, FilterBar.FROM).setText(""));
        desk.waitForRows(59, "59 unassigned swings");
    }

    /** GTK repaints on its frame clock: give the event loop a moment before taking a picture. */
    private static void letTheScreenCatchUp() {
        long until = System.currentTimeMillis() + 500;
        workbench.waitUntil("the screen to repaint", 5_000, () -> System.currentTimeMillis() > until);
    }

    private static Importer importer() {
        return Services.await(Importer.class);
    }

    private static void showDesk() {
        workbench.syncRun(() -> {
            MWindow window = workbench.application().getChildren().get(0);
            assertNotNull(window.getContext().get(EPartService.class).showPart(SwingLinkUi.PART_UNASSIGNED_SWINGS,
                    PartState.ACTIVATE));
        });
    }

    private static void click(Control control, int x, int y) {
        Event down = new Event();
        down.x = x;
        down.y = y;
        down.button = 1;
        control.notifyListeners(SWT.MouseDown, down);
    }

    /** The open assign dialog's shell, or null; call on the UI thread. */
    private static Shell dialog() {
        return Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && AssignDialog.TITLE.equals(s.getText())).findFirst().orElse(null);
    }
}
