package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.importer.Importer;
import org.swinglink.model.SensorSwing;
import org.swinglink.testing.Services;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.undo.SwingUndo;
import org.swinglink.ui.internal.desk.AssignDialog;
import org.swinglink.ui.internal.desk.FilterBar;
import org.swinglink.ui.internal.parts.UnassignedSwingsPart;
import org.swinglink.ui.internal.timeline.EventMark;
import org.swinglink.ui.internal.timeline.PairQuestion;
import org.swinglink.ui.internal.timeline.TimelineCanvas;
import org.swinglink.ui.internal.timeline.TimelineModel;
import org.swinglink.ui.internal.timeline.TimelinePanel;

/**
 * The desk changes only the swings the analyst picked: a selection is kept by swing, never by row,
 * Enter acts on all of it, and a pair is never replaced without asking. Keys go through the X server,
 * so GTK's own bindings run as they do for a user.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskSelectionTest {
    private static final long WAIT_MILLIS = DeskDriver.WAIT_MILLIS;

    /** Jane Doe's HitTrax session, her 47 Blast swings in a file that names nobody, and 12 Diamond Kinetics swings. */
    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(database -> {
        TestDatabase.janeDoeWithSwingsNamingNobody(database);
        database.bulk(database.fixture("dk/display-names.csv"));
        assertEquals(59, database.store().queries().unassignedSensorSwings().size());
    });

    private static final DeskDriver desk = new DeskDriver(workbench);
    private static final RealInput input = new RealInput(workbench);

    @BeforeAll
    static void showTheDesk() {
        Driving.showPart(workbench, SwingLinkUi.PART_UNASSIGNED_SWINGS);
    }

    @Test
    @Order(1)
    void givenOneImportFilteredAndSelectedWithCtrlA_whenAssigned_thenExactlyThoseSwingsChangeAndNothingStaysSelected() {
        Table table = desk.waitForRows(59, "59 unassigned swings");
        chooseImport(1); // the newest import: the Diamond Kinetics file's 12 swings
        desk.waitForRows(12, "12 of 59 unassigned swings");
        assertTrue(workbench.sync(() -> Widgets.byId(workbench.mainShell(), Combo.class, FilterBar.IMPORT).getText())
                .startsWith("display-names.csv  ("), "imports are named by their files");
        Set<String> dkSwings = shownIds(table);

        input.focus(table);
        input.ctrl('a');
        workbench.waitUntil("Ctrl+A to select the 12 rows", WAIT_MILLIS, () -> table.getSelectionCount() == 12);
        workbench.display().asyncExec(() -> desk.button(UnassignedSwingsPart.ASSIGN).notifyListeners(SWT.Selection, new Event()));
        Shell dialog = awaitAssignDialog();
        String message = workbench.sync(() -> dialogText(dialog));
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(dialog, "desk-assign-dialog-names-the-swings"));
        assignInDialog(dialog, "Dee Kay");

        // The Diamond Kinetics import has nothing unassigned left, so the filter falls back to all imports.
        desk.waitForRows(47, "47 unassigned swings");
        assertEquals(0, (int) workbench.sync(table::getSelectionCount), "no row of the new list is selected");
        assertFalse(workbench.sync(() -> desk.button(UnassignedSwingsPart.ASSIGN).isEnabled()), "nothing to assign");
        Set<String> stillUnassigned = workbench.store().queries().unassignedSensorSwings().stream().map(SensorSwing::getId)
                .collect(Collectors.toSet());
        assertEquals(47, stillUnassigned.size(), "the Blast swings were not touched");
        assertTrue(dkSwings.stream().noneMatch(stillUnassigned::contains), "exactly the 12 picked swings were assigned");
        assertTrue(message.contains("12 swings (diamond_kinetics)") && message.contains("display-names.csv"),
                "the dialog named what it would change: " + message);

        // The timeline no longer claims a swing that left the desk.
        TimelineCanvas canvas = desk.canvas();
        assertNull(workbench.sync(canvas::selectedSwing), "the timeline let go of the assigned swing");
        assertFalse(workbench.sync(() -> timelineInfo().getText()).startsWith("Swing "), "the label names no assigned swing");
        workbench.sync(() -> Screenshots.save(workbench.mainShell(), "desk-after-assigning-a-filtered-import"));
    }

    @Test
    @Order(2)
    void givenEverySwingSelectedWithCtrlA_whenEnterIsPressed_thenTheDialogOffersTheWholeSelection() {
        int unassigned = showAllImports();
        selectEveryRowWithCtrlA(unassigned);

        input.enter();

        Shell dialog = awaitAssignDialog();
        Driving.settle(workbench);
        assertEquals(1, (int) workbench.sync(() -> (int) Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && AssignDialog.TITLE.equals(s.getText())).count()), "one key, one dialog");
        String message = workbench.sync(() -> dialogText(dialog));
        assertTrue(message.contains(unassigned + " swings"), "Enter offers the whole selection: " + message);
        Driving.press(workbench, dialog, "Cancel");
        assertEquals(unassigned, workbench.store().queries().unassignedSensorSwings().size(), "Cancel changed nothing");
    }

    @Test
    @Order(3)
    void givenSelectedSwings_whenTheListIsSortedAndFiltered_thenTheSameSwingsStaySelectedOrNoneAre() {
        int unassigned = showAllImports();
        Table table = desk.waitForRows(unassigned, unassigned + " unassigned swings");
        workbench.syncRun(() -> {
            table.setSelection(new int[] { 0, 1, 2 });
            table.notifyListeners(SWT.Selection, new Event());
        });
        Set<String> picked = selectedIds(table);
        assertEquals(3, picked.size());

        workbench.syncRun(() -> {
            var batSpeed = Arrays.stream(table.getColumns()).filter(c -> c.getText().equals("Bat speed")).findFirst().orElseThrow();
            batSpeed.notifyListeners(SWT.Selection, new Event()); // a click on the header sorts
        });
        assertEquals(picked, selectedIds(table), "sorting keeps the picked swings selected, wherever their rows went");

        setDay(FilterBar.FROM, "2024-10-14");
        assertEquals(picked, selectedIds(table), "a filter that keeps them keeps them selected");
        setDay(FilterBar.FROM, "2024-10-15");
        desk.waitForRows(0, "0 of " + unassigned + " unassigned swings");
        setDay(FilterBar.FROM, "");
        desk.waitForRows(unassigned, unassigned + " unassigned swings");
        assertEquals(Set.of(), selectedIds(table), "swings filtered out were let go, not replaced by other rows");
        assertFalse(workbench.sync(() -> desk.button(UnassignedSwingsPart.ASSIGN).isEnabled()));
    }

    @Test
    @Order(4)
    void givenAPairJustMade_whenPairIsPressedForAnotherSwingAndThatEvent_thenItAsksBeforeReplacingThePair() {
        int unassigned = showAllImports();
        Table table = desk.waitForRows(unassigned, unassigned + " unassigned swings");
        workbench.syncRun(() -> Widgets.byId(workbench.mainShell(), Text.class, TimelinePanel.OFFSET).setText("47.3"));
        String first = desk.selectRow(table, 20);
        TimelineCanvas canvas = desk.canvas();
        workbench.waitUntil("the timeline with the offset typed", WAIT_MILLIS, () -> canvas.model().typedOffsetMillis() == 47_300
                && canvas.model().swing(first).isPresent() && !canvas.model().events().isEmpty());
        EventMark event = workbench.sync(() -> canvas.model().nearestEvent(canvas.model().swing(first).orElseThrow()).orElseThrow());
        String neighbour = nearestUnpairedSwing(canvas, first);
        clickEvent(canvas, event);
        desk.press(TimelinePanel.PAIR);
        desk.waitForRows(unassigned - 1, (unassigned - 1) + " unassigned swings");
        assertEquals(event.id(), desk.pairedEvent(first));
        assertNull(workbench.sync(canvas::selectedEvent), "Pair lets go of the event");
        assertFalse(workbench.sync(() -> desk.button(TimelinePanel.PAIR).isEnabled()), "nothing to pair until an event is chosen");

        String second = desk.selectRow(table, rowOf(table, neighbour));
        workbench.waitUntil("the stored pair on the timeline", WAIT_MILLIS, () -> canvas.model().event(event.id())
                .map(e -> first.equals(e.pairedSwingId())).orElse(false));
        clickEvent(canvas, event);
        workbench.display().asyncExec(() -> desk.button(TimelinePanel.PAIR).notifyListeners(SWT.Selection, new Event()));
        Shell question = Driving.awaitShellTitled(workbench, PairQuestion.TITLE, WAIT_MILLIS);
        String asked = workbench.sync(() -> dialogText(question));
        assertTrue(asked.contains(first.substring(0, Math.min(8, first.length()))), "the question names the swing that would lose its pair: " + asked);
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(question, "desk-replace-pair-question"));
        Driving.press(workbench, question, "Cancel");
        Driving.settle(workbench);
        assertEquals(event.id(), desk.pairedEvent(first), "Cancel keeps the pair");
        assertNull(desk.pairedEvent(second));

        IOperationHistory history = workbench.sync(() -> workbench.context().get(IOperationHistory.class));
        IUndoableOperation pairBefore = workbench.sync(() -> history.getUndoOperation(SwingUndo.CONTEXT));
        clickEvent(canvas, event);
        workbench.display().asyncExec(() -> desk.button(TimelinePanel.PAIR).notifyListeners(SWT.Selection, new Event()));
        Driving.press(workbench, Driving.awaitShellTitled(workbench, PairQuestion.TITLE, WAIT_MILLIS), "Replace");
        workbench.waitUntil("the new pair", WAIT_MILLIS, () -> event.id().equals(desk.pairedEvent(second)));
        assertNull(desk.pairedEvent(first), "the replaced swing was unpaired, as the question said");

        // the change is saved before the history holds it: an undo in between would take back the pair before
        workbench.waitUntil("the replacement in the undo history", WAIT_MILLIS,
                () -> history.getUndoOperation(SwingUndo.CONTEXT) != pairBefore);
        desk.command("org.swinglink.ui.command.undo");
        workbench.waitUntil("undo to bring the first pair back", WAIT_MILLIS, () -> event.id().equals(desk.pairedEvent(first)));
        assertNull(desk.pairedEvent(second));
    }

    @Test
    @Order(5)
    void givenAnAssignmentMadeWithTheKeyboard_whenCtrlZAndCtrlShiftZAreTyped_thenItIsTakenBackAndMadeAgain() {
        int unassigned = showAllImports();
        Table table = selectEveryRowWithCtrlA(unassigned);
        input.enter();
        awaitAssignDialog();
        input.type("Kay Board");
        input.enter();
        desk.waitForRows(0, "No unassigned swings.");

        input.focus(table);
        input.ctrl('z');
        desk.waitForRows(unassigned, unassigned + " unassigned swings"); // Ctrl+Z brought them back
        assertEquals(unassigned, workbench.store().queries().unassignedSensorSwings().size(), "the undo was saved");

        input.ctrlShift('z');
        desk.waitForRows(0, "No unassigned swings."); // Ctrl+Shift+Z assigned them again
        workbench.sync(() -> Screenshots.save(workbench.mainShell(), "desk-after-ctrl-shift-z"));
    }

    /** Waits for the desk to show all {@code unassigned} swings, then selects every row with Ctrl+A. */
    private static Table selectEveryRowWithCtrlA(int unassigned) {
        Table table = desk.waitForRows(unassigned, unassigned + " unassigned swings");
        input.focus(table);
        input.ctrl('a');
        workbench.waitUntil("Ctrl+A to select every row", WAIT_MILLIS, () -> table.getSelectionCount() == unassigned);
        return table;
    }

    /** Shows every import's swings and returns how many are unassigned. */
    private static int showAllImports() {
        chooseImport(0);
        return workbench.store().queries().unassignedSensorSwings().size();
    }

    /** The unassigned swing shown nearest in time to this one (the next swing of the same round). */
    private static String nearestUnpairedSwing(TimelineCanvas canvas, String swingId) {
        Set<String> onTheDesk = workbench.store().queries().unassignedSensorSwings().stream().map(SensorSwing::getId).collect(Collectors.toSet());
        return workbench.sync(() -> {
            TimelineModel model = canvas.model();
            var time = model.swing(swingId).orElseThrow().sensorTime();
            return model.swings().stream().filter(s -> !s.id().equals(swingId) && onTheDesk.contains(s.id()))
                    .min(java.util.Comparator.comparing(s -> java.time.Duration.between(s.sensorTime(), time).abs()))
                    .orElseThrow().id();
        });
    }

    private static int rowOf(Table table, String swingId) {
        return workbench.sync(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (swingId.startsWith(Widgets.row(table, i).get(0))) {
                    return i;
                }
            }
            throw new AssertionError("swing " + swingId + " is not on the desk");
        });
    }

    private static Importer importer() {
        return Services.await(Importer.class);
    }

    /** The full ids of the rows shown; a row's first cell is its id's first 8 characters. */
    private static Set<String> shownIds(Table table) {
        Set<String> prefixes = workbench.sync(() -> {
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                ids.add(Widgets.row(table, i).get(0));
            }
            return ids;
        });
        return workbench.store().queries().unassignedSensorSwings().stream().map(SensorSwing::getId)
                .filter(id -> prefixes.contains(id.substring(0, Math.min(8, id.length())))).collect(Collectors.toSet());
    }

    private static Set<String> selectedIds(Table table) {
        return workbench.sync(() -> {
            Set<String> ids = new LinkedHashSet<>();
            for (int i : table.getSelectionIndices()) {
                ids.add(Widgets.row(table, i).get(0));
            }
            return ids;
        });
    }

    private static void chooseImport(int index) {
        workbench.syncRun(() -> {
            Combo combo = Widgets.byId(workbench.mainShell(), Combo.class, FilterBar.IMPORT);
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static void setDay(String id, String day) {
        workbench.syncRun(() -> Widgets.byId(workbench.mainShell(), Text.class, id).setText(day));
    }

    private static Shell awaitAssignDialog() {
        return Driving.awaitShellTitled(workbench, AssignDialog.TITLE, WAIT_MILLIS);
    }

    private static void assignInDialog(Shell dialog, String player) {
        workbench.syncRun(() -> {
            Combo name = Widgets.byId(dialog, Combo.class, AssignDialog.PLAYER);
            name.setText(player);
            name.notifyListeners(SWT.Modify, new Event());
        });
        Driving.press(workbench, dialog, "Assign");
    }

    /** Every label's text in a dialog, one per line; call on the UI thread. */
    private static String dialogText(Shell dialog) {
        return Widgets.all(dialog, Label.class).stream().map(Label::getText).collect(Collectors.joining("\n"));
    }

    private static void clickEvent(TimelineCanvas canvas, EventMark event) {
        workbench.syncRun(() -> {
            Event down = new Event();
            down.x = canvas.model().x(event.time(), canvas.getClientArea().width);
            down.y = TimelineModel.eventLaneY(canvas.getClientArea().height);
            down.button = 1;
            canvas.notifyListeners(SWT.MouseDown, down);
        });
        assertEquals(event.id(), workbench.sync(canvas::selectedEvent), "the click hit the event's dot");
    }

    private static Label timelineInfo() {
        return Widgets.byId(workbench.mainShell(), Label.class, TimelinePanel.INFO);
    }
}
