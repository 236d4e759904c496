package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.desk.AssignDialog;
import org.swinglink.ui.internal.parts.UnassignedSwingsPart;

/**
 * The real Blast export of 3,123 swings that names no player, imported alone: once the analyst gives
 * every swing to a new player on the desk, Import Sessions and the open summary count that player,
 * and Edit > Undo takes it back from both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportFiguresTest {
    private static final String WHOOP = "whoopblast-swing-data-complete.csv";
    private static final String PLAYER = "Whoop Batter";
    private static final long WAIT_MILLIS = 60_000;

    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(
            database -> assertEquals(3123, database.bulk(database.fixture("blast/" + WHOOP)).unassigned().size()));

    private static Shell summary;

    @Test
    @Order(1)
    void givenTheImport_thenImportSessionsNamesItsFileAndItsSummarySaysItHasNoPlayerYet() {
        Table sessions = sessionsTable();
        assertEquals(WHOOP, cell(sessions, "Files"));
        assertEquals("3123", cell(sessions, "Swings"));
        assertEquals("0", cell(sessions, "Players"));

        summary = openSummary(sessions);
        assertTrue(workbench.sync(summary::getText).contains(WHOOP), "the summary is titled by its file: "
                + workbench.sync(summary::getText));
        awaitTitle(summary, "Players: 0");
        awaitTitle(summary, "Unassigned swings (no player found for them): 3123");
    }

    @Test
    @Order(2)
    void givenEverySwingSelectedOnTheDesk_whenAssignedToANewPlayer_thenImportSessionsAndTheOpenSummaryCountThatPlayer() {
        Shell shell = workbench.mainShell();
        Driving.showPart(workbench, SwingLinkUi.PART_UNASSIGNED_SWINGS);
        Table desk = workbench.sync(() -> Widgets.byId(shell, Table.class, SwingLinkUi.UNASSIGNED_SWINGS_TABLE));
        workbench.waitUntil("3123 swings on the desk", WAIT_MILLIS, () -> desk.getItemCount() == 3123);
        workbench.syncRun(() -> {
            desk.setFocus();
            desk.selectAll(); // as Ctrl+A does
            desk.notifyListeners(SWT.Selection, new Event());
        });
        // The dialog is modal: open it from the event loop and drive it from here.
        workbench.display().asyncExec(() -> Objects.requireNonNull(
                Widgets.byId(shell, Button.class, UnassignedSwingsPart.ASSIGN)).notifyListeners(SWT.Selection, new Event()));
        workbench.waitUntil("the assign dialog", WAIT_MILLIS, () -> assignDialog() != null);
        workbench.syncRun(() -> {
            Shell dialog = assignDialog();
            Combo player = Widgets.byId(dialog, Combo.class, AssignDialog.PLAYER);
            player.setText(PLAYER); // typed: a player nobody knows yet
            player.notifyListeners(SWT.Modify, new Event());
            Button ok = dialog.getDefaultButton();
            assertTrue(ok != null && ok.isEnabled(), "a player is named");
            ok.notifyListeners(SWT.Selection, new Event());
        });

        Table sessions = sessionsTable();
        workbench.waitUntil("Import Sessions to count one player", WAIT_MILLIS, () -> "1".equals(cell(sessions, "Players")));
        assertEquals("3123", cell(sessions, "Swings"));
        assertEquals("0", cell(sessions, "Matched"), "no HitTrax events to pair with");

        awaitTitle(summary, "Players: 1  (3123 swings, 0 HitTrax events)");
        awaitTitle(summary, "No unassigned swings.");
        Table players = workbench.sync(() -> Widgets.byId(summary, Table.class, SwingLinkUi.SESSION_SUMMARY_PLAYERS));
        assertEquals(1, (int) workbench.sync(players::getItemCount));
        assertEquals(PLAYER, cell(players, "Player"));
        assertEquals("3123", cell(players, "Swings"));
        assertEquals("3123", cell(players, "Unmatched"));
    }

    @Test
    @Order(3)
    void givenTheAssignment_whenUndoneFromTheEditMenu_thenTheFiguresGoBackAndRedoBringsThemAgain() {
        Table sessions = sessionsTable();
        editMenu("Undo");
        workbench.waitUntil("Import Sessions to count no player", WAIT_MILLIS, () -> "0".equals(cell(sessions, "Players")));
        awaitTitle(summary, "Players: 0");
        awaitTitle(summary, "Unassigned swings (no player found for them): 3123");

        editMenu("Redo");
        workbench.waitUntil("Import Sessions to count the player again", WAIT_MILLIS,
                () -> "1".equals(cell(sessions, "Players")));
        awaitTitle(summary, "Players: 1  (3123 swings, 0 HitTrax events)");
        workbench.syncRun(summary::close);
    }

    private static Table sessionsTable() {
        Shell shell = workbench.mainShell();
        Driving.showPart(workbench, SwingLinkUi.PART_IMPORT_SESSIONS);
        workbench.waitUntil("the import listed", WAIT_MILLIS, () -> {
            Label status = Widgets.byId(shell, Label.class, SwingLinkUi.IMPORT_SESSIONS_STATUS);
            return status != null && "1 import".equals(status.getText());
        });
        return workbench.sync(() -> Widgets.byId(shell, Table.class, SwingLinkUi.IMPORT_SESSIONS_TABLE));
    }

    /** The first row's cell under a header (reading a virtual row makes JFace fill it). */
    private static String cell(Table table, String header) {
        return workbench.sync(() -> {
            int column = Widgets.headers(table).indexOf(header);
            assertTrue(column >= 0, "a column " + header + " in " + Widgets.headers(table));
            return table.getItemCount() == 0 ? null : Widgets.row(table, 0).get(column);
        });
    }

    private static Shell openSummary(Table sessions) {
        workbench.syncRun(() -> {
            sessions.setSelection(0);
            Widgets.row(sessions, 0);
            Event doubleClick = new Event();
            doubleClick.item = sessions.getItem(0);
            sessions.notifyListeners(SWT.DefaultSelection, doubleClick);
        });
        return Driving.awaitShell(workbench, SwingLinkUi.SESSION_SUMMARY_SHELL, WAIT_MILLIS);
    }

    private static void awaitTitle(Shell shell, String text) {
        workbench.waitUntil("'" + text + "' in the summary", WAIT_MILLIS,
                () -> Widgets.all(shell, Label.class).stream().anyMatch(label -> text.equals(label.getText())));
    }

    /** The open dialog that asks for a player, or null; call on the UI thread. */
    private static Shell assignDialog() {
        return Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && Widgets.byId(s, Combo.class, AssignDialog.PLAYER) != null)
                .findFirst().orElse(null);
    }

    /** Chooses an item of the Edit menu as the analyst would. */
    private static void editMenu(String item) {
        workbench.syncRun(() -> {
            Menu bar = workbench.mainShell().getMenuBar();
            assertNotNull(bar, "the main window's menu bar");
            Menu edit = Arrays.stream(bar.getItems()).filter(i -> "Edit".equals(i.getText().replace("&", ""))).findFirst()
                    .orElseThrow(() -> new AssertionError("no Edit menu")).getMenu();
            edit.notifyListeners(SWT.Show, new Event()); // the handlers decide what is enabled as the menu opens
            MenuItem chosen = Arrays.stream(edit.getItems()).filter(i -> i.getText().replace("&", "").startsWith(item))
                    .findFirst().orElseThrow(() -> new AssertionError("no Edit > " + item));
            assertTrue(chosen.isEnabled(), "Edit > " + item + " is enabled");
            chosen.notifyListeners(SWT.Selection, new Event());
            edit.notifyListeners(SWT.Hide, new Event());
        });
    }
}
