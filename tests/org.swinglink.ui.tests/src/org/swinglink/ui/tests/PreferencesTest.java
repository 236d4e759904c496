package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.UiPreferences;

/** File > Preferences... checks what is typed and saves it into the workbench preferences. */
class PreferencesTest {
    private static final long OPEN_MILLIS = 20_000;

    @TempDir
    static Path folder;

    private static RunningWorkbench workbench;
    private static Optional<Path> databaseBefore;
    private static ZoneId zoneBefore;
    private static double toleranceBefore;

    @BeforeAll
    static void openTheWorkbench() {
        databaseBefore = UiPreferences.databaseFolder();
        zoneBefore = UiPreferences.defaultZone();
        toleranceBefore = UiPreferences.toleranceSeconds();
        System.setProperty(DatabaseFolder.PROPERTY, folder.resolve("db").toString());
        workbench = RunningWorkbench.start();
    }

    @AfterAll
    static void restoreThePreferencesAndCloseTheWorkbench() throws Exception {
        UiPreferences.save(databaseBefore.orElse(null), zoneBefore, toleranceBefore);
        System.clearProperty(DatabaseFolder.PROPERTY);
        RunningWorkbench.close(workbench);
    }

    @Test
    void givenTheFileMenu_thenItOffersPreferences() {
        Shell shell = workbench.mainShell();
        List<String> items = workbench.sync(() -> {
            Menu file = shell.getMenuBar().getItem(0).getMenu();
            file.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            return List.of(file.getItems()).stream().map(MenuItem::getText).toList();
        });
        assertTrue(items.stream().anyMatch(text -> text.startsWith("Pre&ferences...")), "File menu: " + items);
    }

    @Test
    void givenPreferences_whenAZoneAndAToleranceAreEnteredAndOkIsPressed_thenTheyAreSaved() {
        Shell dialog = openPreferences();
        Button ok = workbench.sync(() -> okButton(dialog));

        workbench.syncRun(() -> text(dialog, SwingLinkUi.PREFERENCES_TOLERANCE).setText("0"));
        assertFalse(workbench.sync(ok::isEnabled), "a tolerance of 0 s disables OK");
        workbench.syncRun(() -> text(dialog, SwingLinkUi.PREFERENCES_TOLERANCE).setText("fast"));
        assertFalse(workbench.sync(ok::isEnabled), "a tolerance that is no number disables OK");
        workbench.syncRun(() -> text(dialog, SwingLinkUi.PREFERENCES_TOLERANCE).setText("1.5"));
        workbench.syncRun(() -> Widgets.byId(dialog, Combo.class, SwingLinkUi.PREFERENCES_ZONE).setText("Mars/Olympus_Mons"));
        assertFalse(workbench.sync(ok::isEnabled), "an unknown zone disables OK");
        workbench.syncRun(() -> Widgets.byId(dialog, Combo.class, SwingLinkUi.PREFERENCES_ZONE).setText("Europe/Berlin"));
        assertTrue(workbench.sync(ok::isEnabled));
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(dialog, "preferences"));

        workbench.syncRun(() -> Driving.click(ok));

        workbench.waitUntil("the dialog to close", OPEN_MILLIS, dialog::isDisposed);
        assertEquals(ZoneId.of("Europe/Berlin"), UiPreferences.defaultZone());
        assertEquals(1.5, UiPreferences.toleranceSeconds());
    }

    /** The dialog is modal: open it from the event loop, not from inside a sync call. */
    private Shell openPreferences() {
        workbench.display().asyncExec(() -> {
            ECommandService commands = workbench.context().get(ECommandService.class);
            EHandlerService handlers = workbench.context().get(EHandlerService.class);
            handlers.executeHandler(commands.createCommand("org.swinglink.ui.command.preferences", null));
        });
        return Driving.awaitShell(workbench, SwingLinkUi.PREFERENCES_SHELL, OPEN_MILLIS);
    }

    private static Text text(Shell dialog, String id) {
        return Widgets.byId(dialog, Text.class, id);
    }

    private static Button okButton(Shell dialog) {
        return Widgets.all(dialog, Button.class).stream()
                .filter(button -> Integer.valueOf(IDialogConstants.OK_ID).equals(button.getData()))
                .findFirst().orElseThrow();
    }
}
