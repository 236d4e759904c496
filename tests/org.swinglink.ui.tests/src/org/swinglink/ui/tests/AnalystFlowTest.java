package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.testing.Fixtures;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.desk.AssignDialog;
import org.swinglink.ui.internal.parts.PlayerFilterBar;
import org.swinglink.ui.internal.parts.UnassignedSwingsPart;
import org.swinglink.ui.internal.wizard.DropImport;
import org.swinglink.ui.internal.wizard.ImportJob;
import org.swinglink.ui.internal.wizard.WizardIds;

/**
 * An analyst's day in one workbench, only through its windows: files dropped on the window are
 * imported with the wizard, the import shows in Import Sessions, the swings nobody could tell the
 * player of are assigned at the desk, leave it and show up as the player's matched swings.
 */
class AnalystFlowTest {
    private static final long WAIT_MILLIS = 60_000;

    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.onEmptyDatabase();

    @Test
    void givenDroppedExports_whenImportedAndTheSwingsAssigned_thenTheyLeaveTheDeskAndShowForThePlayer() throws Exception {
        Path input = workbench.folder().resolve("input");
        Path hittrax = Fixtures.copy("hittrax/jane-doe-2024-10-14.csv", input);
        Path swings = Files.copy(Fixtures.copy("paired/Metrics - Jane Doe.csv", workbench.folder()), input.resolve("swings.csv"));

        workbench.display().asyncExec(() -> workbench.context().get(DropImport.class).dropped(List.of(hittrax, swings)));
        Shell wizard = Driving.awaitShellTitled(workbench, "Import", WAIT_MILLIS);
        Driving.press(workbench, wizard, "Next");
        workbench.waitUntil("the preview of both files", WAIT_MILLIS, () -> {
            Table preview = Widgets.byId(wizard, Table.class, WizardIds.PREVIEW_TABLE);
            return preview != null && preview.getItemCount() == 2 && Driving.button(wizard, "Finish").isEnabled();
        });
        Driving.press(workbench, wizard, "Finish");
        Job.getJobManager().join(ImportJob.FAMILY, null);
        Shell result = Driving.awaitShellTitled(workbench, "Import Result", WAIT_MILLIS);
        workbench.syncRun(result::close);

        Shell main = workbench.mainShell();
        Driving.showPart(workbench, SwingLinkUi.PART_IMPORT_SESSIONS);
        List<String> seen = new java.util.ArrayList<>();
        try {
            workbench.waitUntil("the import in Import Sessions", WAIT_MILLIS, () -> {
                Table sessions = Widgets.byId(main, Table.class, SwingLinkUi.IMPORT_SESSIONS_TABLE);
                seen.clear();
                for (int i = 0; i < sessions.getItemCount(); i++) {
                    seen.add(Widgets.row(sessions, i).toString());
                }
                return sessions.getItemCount() == 1
                        && Widgets.row(sessions, 0).subList(1, 3).equals(List.of("bulk", "completed"))
                        && Widgets.row(sessions, 0).subList(5, 8).equals(List.of("48", "47", "0"));
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; rows seen: " + seen, e);
        }

        Driving.showPart(workbench, SwingLinkUi.PART_UNASSIGNED_SWINGS);
        Table desk = waitForDesk(main, 47, "47 unassigned swings");
        String firstBatSpeed = workbench.sync(() -> Widgets.row(desk, 0).get(6));
        workbench.syncRun(() -> {
            desk.selectAll();
            desk.notifyListeners(SWT.Selection, new Event());
        });
        workbench.display().asyncExec(() -> Widgets.byId(main, Button.class, UnassignedSwingsPart.ASSIGN)
                .notifyListeners(SWT.Selection, new Event()));
        Shell assign = Driving.awaitShellTitled(workbench, AssignDialog.TITLE, WAIT_MILLIS);
        workbench.syncRun(() -> {
            Combo player = Widgets.byId(assign, Combo.class, AssignDialog.PLAYER);
            player.setText("Jane Doe");
            player.notifyListeners(SWT.Modify, new Event());
        });
        Driving.press(workbench, assign, "Assign");
        waitForDesk(main, 0, "No unassigned swings.");

        Driving.showPart(workbench, SwingLinkUi.PART_PLAYER);
        workbench.waitUntil("Jane Doe in the player list", WAIT_MILLIS, () -> {
            Combo combo = Widgets.byId(main, Combo.class, SwingLinkUi.PLAYER_COMBO);
            return combo != null && combo.indexOf("Jane Doe") >= 0;
        });
        workbench.syncRun(() -> {
            Combo combo = Widgets.byId(main, Combo.class, SwingLinkUi.PLAYER_COMBO);
            combo.select(combo.indexOf("Jane Doe"));
            Driving.click(combo);
            Combo show = Widgets.byId(main, Combo.class, PlayerFilterBar.SHOW);
            show.select(show.indexOf("Paired"));
            Driving.click(show);
        });
        workbench.waitUntil("Jane Doe's 43 matched swings", WAIT_MILLIS, () -> {
            Table table = Widgets.byId(main, Table.class, SwingLinkUi.PLAYER_TABLE);
            return table != null && table.getItemCount() == 43;
        });
        Table player = workbench.sync(() -> Widgets.byId(main, Table.class, SwingLinkUi.PLAYER_TABLE));
        int batSpeed = workbench.sync(() -> Widgets.headers(player).indexOf("Bat speed"));
        List<String> batSpeeds = workbench.sync(() -> Arrays.stream(player.getItems()).map(i -> i.getText(batSpeed)).toList());
        assertTrue(batSpeeds.contains(firstBatSpeed), "the desk's first swing (" + firstBatSpeed + " mph) is among "
                + batSpeeds);
        Driving.settle(workbench);
        Path screenshot = workbench.sync(() -> Screenshots.save(main, "analyst-flow-player"));
        assertTrue(Files.size(screenshot) > 10_000, screenshot.toString());
    }

    private static Table waitForDesk(Shell main, int rows, String status) {
        workbench.waitUntil(rows + " rows at the desk", WAIT_MILLIS, () -> {
            Table table = Widgets.byId(main, Table.class, SwingLinkUi.UNASSIGNED_SWINGS_TABLE);
            Label label = Widgets.byId(main, Label.class, SwingLinkUi.UNASSIGNED_SWINGS_STATUS);
            return table != null && label != null && table.getItemCount() == rows && status.equals(label.getText());
        });
        Table table = workbench.sync(() -> Widgets.byId(main, Table.class, SwingLinkUi.UNASSIGNED_SWINGS_TABLE));
        assertEquals(rows, workbench.sync(table::getItemCount));
        return table;
    }
}
