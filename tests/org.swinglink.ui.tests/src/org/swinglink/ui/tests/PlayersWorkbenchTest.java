package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.desk.AssignDialog;
import org.swinglink.ui.internal.parts.UnassignedSwingsPart;
import org.swinglink.ui.internal.players.MergeDialog;
import org.swinglink.ui.internal.players.PlayerActions;
import org.swinglink.ui.internal.players.PlayersDialog;

/**
 * Players in the workbench: an assignment to a new player that is undone takes the player away, and
 * the Players dialog renames, merges and deletes players, each undone with Edit > Undo.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlayersWorkbenchTest {
    private static final long WAIT_MILLIS = 30_000;

    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(TestDatabase::janeDoeWithSwingsNamingNobody);

    private static final DeskDriver desk = new DeskDriver(workbench);

    @Test
    @Order(1)
    void givenSwingsAssignedToANewPlayerOnTheDesk_whenUndone_thenThePlayerIsGoneAndRedoBringsThemBack() {
        showDesk();
        Shell shell = workbench.mainShell();
        Table table = desk.waitForRows(47, "47 unassigned swings");
        workbench.syncRun(() -> {
            table.selectAll();
            table.notifyListeners(SWT.Selection, new Event());
        });
        // The dialog is modal: open it from the event loop and drive it from here.
        workbench.display().asyncExec(() -> Objects.requireNonNull(Widgets.byId(shell, Button.class, UnassignedSwingsPart.ASSIGN))
                .notifyListeners(SWT.Selection, new Event()));
        workbench.waitUntil("the assign dialog", WAIT_MILLIS, () -> shell(AssignDialog.TITLE) != null);
        workbench.syncRun(() -> {
            Shell dialog = shell(AssignDialog.TITLE);
            Combo player = Widgets.byId(dialog, Combo.class, AssignDialog.PLAYER);
            player.setText("Janie Doe"); // a new player, typed in
            player.notifyListeners(SWT.Modify, new Event());
            Widgets.all(dialog, Button.class).stream().filter(b -> "Assign".equals(b.getText())).findFirst().orElseThrow()
                    .notifyListeners(SWT.Selection, new Event());
        });
        desk.waitForRows(0, "No unassigned swings.");
        String janie = workbench.store().queries().findUser(UserRole.PLAYER, "Janie Doe").map(User::getId).orElseThrow();

        command("org.swinglink.ui.command.undo");
        desk.waitForRows(47, "47 unassigned swings");
        assertTrue(workbench.store().queries().findUser(UserRole.PLAYER, "Janie Doe").isEmpty(),
                "undoing the assignment takes away the player it created: " + workbench.store().queries().players());

        command("org.swinglink.ui.command.redo");
        desk.waitForRows(0, "No unassigned swings.");
        assertEquals(janie, workbench.store().queries().findUser(UserRole.PLAYER, "Janie Doe").map(User::getId).orElseThrow(),
                "redo brings the same player back");
    }

    @Test
    @Order(2)
    void givenTwoPlayers_whenTheSensorOnlyOneIsRenamedInThePlayersDialog_thenTheNewNameShowsUntilUndone() {
        List<String> edit = workbench.sync(() -> {
            Menu menu = workbench.mainShell().getMenuBar().getItem(1).getMenu();
            menu.notifyListeners(SWT.Show, new Event()); // e4 fills a menu when it is shown
            List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
            menu.notifyListeners(SWT.Hide, new Event());
            return items;
        });
        assertTrue(edit.stream().anyMatch(text -> text.startsWith("&Players...")), "Edit menu: " + edit);
        command("org.swinglink.ui.command.players");
        Table table = waitForPlayers("2 players, 1 with sensor swings only");
        assertEquals(List.of("Player", "HitTrax events", "Sensor swings", "Paired", "First", "Last"),
                workbench.sync(() -> Widgets.headers(table)));
        assertEquals(List.of("Janie Doe", "0", "47", "0"), playerRow("Janie Doe").subList(0, 4), "a sensor-only player");
        assertEquals(List.of("Jane Doe", "48", "0", "0"), playerRow("Jane Doe").subList(0, 4));
        selectPlayer("Janie Doe");
        letTheScreenCatchUp();
        workbench.sync(() -> Screenshots.save(shell(PlayersDialog.TITLE), "players-dialog"));
        pressLater(PlayersDialog.RENAME);
        workbench.waitUntil("the rename dialog", WAIT_MILLIS, () -> shell(PlayerActions.RENAME_TITLE) != null);
        workbench.syncRun(() -> {
            Shell dialog = shell(PlayerActions.RENAME_TITLE);
            Widgets.all(dialog, Text.class).get(0).setText("Janie Q. Doe");
            okButton(dialog, "OK").notifyListeners(SWT.Selection, new Event());
        });
        waitForPlayerRow("Janie Q. Doe");
        assertTrue(workbench.store().queries().findUser(UserRole.PLAYER, "Janie Doe").isEmpty());

        command("org.swinglink.ui.command.undo");
        waitForPlayerRow("Janie Doe");
        assertTrue(workbench.store().queries().findUser(UserRole.PLAYER, "Janie Q. Doe").isEmpty());
    }

    @Test
    @Order(3)
    void givenTwoSpellingsOfJane_whenMergedInThePlayersDialog_thenOnePlayerHoldsAllAndIsPairedUntilUndone() {
        String janie = workbench.store().queries().findUser(UserRole.PLAYER, "Janie Doe").map(User::getId).orElseThrow();
        selectPlayer("Janie Doe");
        pressLater(PlayersDialog.MERGE);
        workbench.waitUntil("the merge dialog", WAIT_MILLIS, () -> shell(MergeDialog.TITLE) != null);
        workbench.syncRun(() -> {
            Shell dialog = shell(MergeDialog.TITLE);
            Combo into = Widgets.byId(dialog, Combo.class, MergeDialog.INTO);
            assertEquals(List.of("Jane Doe"), List.of(into.getItems()));
            into.select(0);
            into.notifyListeners(SWT.Selection, new Event());
        });
        letTheScreenCatchUp();
        workbench.syncRun(() -> {
            Shell dialog = shell(MergeDialog.TITLE);
            Screenshots.save(dialog, "players-merge-dialog");
            okButton(dialog, "Merge").notifyListeners(SWT.Selection, new Event());
        });

        waitForPlayers("1 player");
        assertEquals(List.of("Jane Doe", "48", "47", "43"), playerRow("Jane Doe").subList(0, 4), "merged and paired");
        assertTrue(workbench.store().queries().findUser(UserRole.PLAYER, "Janie Doe").isEmpty());
        workbench.sync(() -> Screenshots.save(shell(PlayersDialog.TITLE), "players-dialog-merged"));

        command("org.swinglink.ui.command.undo");
        waitForPlayers("2 players, 1 with sensor swings only");
        assertEquals(List.of("Janie Doe", "0", "47", "0"), playerRow("Janie Doe").subList(0, 4));
        assertEquals(List.of("Jane Doe", "48", "0", "0"), playerRow("Jane Doe").subList(0, 4));
        assertEquals(janie, workbench.store().queries().findUser(UserRole.PLAYER, "Janie Doe").map(User::getId).orElseThrow(),
                "the merged player is back with their id");
    }

    @Test
    @Order(4)
    void givenAnEmptyPlayer_whenDeletedInThePlayersDialog_thenTheyAreGoneUntilUndoneAndPlayersWithSwingsCannotBeDeleted() {
        selectPlayer("Janie Doe");
        assertFalse(workbench.sync(() -> button(PlayersDialog.DELETE).isEnabled()), "Janie holds 47 swings");
        workbench.store().runInTransaction(em -> em.persist(new User("Jon Roe", UserRole.PLAYER)));
        workbench.context().get(IEventBroker.class).post(SwingLinkUi.TOPIC_IMPORTS_CHANGED, "a new player");
        waitForPlayerRow("Jon Roe");
        selectPlayer("Jon Roe");
        assertEquals(List.of("Jon Roe", "0", "0", "0", "", ""), playerRow("Jon Roe"));

        workbench.syncRun(() -> {
            Button delete = button(PlayersDialog.DELETE);
            assertTrue(delete.isEnabled(), "Jon Roe holds nothing");
            delete.notifyListeners(SWT.Selection, new Event());
        });
        waitForPlayers("2 players, 1 with sensor swings only");
        assertTrue(workbench.store().queries().findUser(UserRole.PLAYER, "Jon Roe").isEmpty());

        command("org.swinglink.ui.command.undo");
        waitForPlayerRow("Jon Roe");
        workbench.syncRun(() -> shell(PlayersDialog.TITLE).close());
    }

    private static Table waitForPlayers(String status) {
        workbench.waitUntil("the Players dialog saying '" + status + "'", WAIT_MILLIS, () -> {
            Shell dialog = shell(PlayersDialog.TITLE);
            Label label = dialog == null ? null : Widgets.byId(dialog, Label.class, PlayersDialog.STATUS);
            return label != null && status.equals(label.getText());
        });
        return workbench.sync(() -> Widgets.byId(shell(PlayersDialog.TITLE), Table.class, PlayersDialog.TABLE));
    }

    private static void waitForPlayerRow(String name) {
        workbench.waitUntil("the Players dialog listing " + name, WAIT_MILLIS, () -> rowIndex(name) >= 0);
    }

    /** Call on the UI thread. */
    private static int rowIndex(String name) {
        Shell dialog = shell(PlayersDialog.TITLE);
        Table table = dialog == null ? null : Widgets.byId(dialog, Table.class, PlayersDialog.TABLE);
        for (int i = 0; table != null && i < table.getItemCount(); i++) {
            if (name.equals(table.getItem(i).getText(0))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> playerRow(String name) {
        return workbench.sync(() -> Widgets.row(Widgets.byId(shell(PlayersDialog.TITLE), Table.class, PlayersDialog.TABLE),
                rowIndex(name)));
    }

    private static void selectPlayer(String name) {
        waitForPlayerRow(name);
        workbench.syncRun(() -> {
            Table table = Widgets.byId(shell(PlayersDialog.TITLE), Table.class, PlayersDialog.TABLE);
            table.setSelection(rowIndex(name));
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Call on the UI thread. */
    private static Button button(String id) {
        return Objects.requireNonNull(Widgets.byId(shell(PlayersDialog.TITLE), Button.class, id), id);
    }

    /** Presses a button that opens a modal dialog: from the event loop, so the test can drive the dialog. */
    private static void pressLater(String id) {
        workbench.display().asyncExec(() -> {
            Button button = button(id);
            assertTrue(button.isEnabled(), id + " is enabled");
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static Button okButton(Shell dialog, String text) {
        Button ok = Widgets.all(dialog, Button.class).stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
        assertTrue(ok.isEnabled(), text + " is enabled");
        return ok;
    }

    /** GTK repaints on its frame clock: give the event loop a moment before taking a picture. */
    private static void letTheScreenCatchUp() {
        long until = System.currentTimeMillis() + 500;
        workbench.waitUntil("the screen to repaint", 5_000, () -> System.currentTimeMillis() > until);
    }

    static void showDesk() {
        workbench.syncRun(() -> {
            MWindow window = workbench.application().getChildren().get(0);
            assertNotNull(window.getContext().get(EPartService.class).showPart(SwingLinkUi.PART_UNASSIGNED_SWINGS,
                    PartState.ACTIVATE));
        });
    }

    /** The open shell with that title, or null; call on the UI thread. */
    private static Shell shell(String title) {
        return Arrays.stream(workbench.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst().orElse(null);
    }

    private static void command(String id) {
        workbench.syncRun(() -> {
            ECommandService commands = workbench.context().get(ECommandService.class);
            EHandlerService handlers = workbench.context().get(EHandlerService.class);
            handlers.executeHandler(commands.createCommand(id, null));
        });
    }
}
