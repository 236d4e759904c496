package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.swinglink.testing.PostgresServer;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.UiPreferences;

/** File > Preferences... checks what is typed and saves it into the workbench preferences. */
class PreferencesTest {
    private static final long OPEN_MILLIS = 20_000;

    private static Optional<String> databaseBefore;
    private static ZoneId zoneBefore;
    private static double toleranceBefore;

    /** On an empty database, the preferences kept as they were before the workbench opens. */
    @RegisterExtension
    static final WorkbenchOnDatabase workbench = WorkbenchOnDatabase.holding(database -> {
        databaseBefore = UiPreferences.database();
        zoneBefore = UiPreferences.defaultZone();
        toleranceBefore = UiPreferences.toleranceSeconds();
    });

    @AfterAll
    static void restoreThePreferences() throws Exception {
        UiPreferences.save(databaseBefore.orElse(null), zoneBefore, toleranceBefore);
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

    @Test
    void givenARunningServer_whenItsAddressIsTypedAndTestConnectionClicked_thenTheStatusSaysConnectedAndOkSavesIt()
            throws IOException {
        PostgresServer server = PostgresServer.get();
        String address = server.newDatabase();
        ServerPasswordFile.writeFor(server);
        Shell dialog = openPreferences();

        typeIntoTheDatabaseField(dialog, address);
        clickTestConnection(dialog);

        String said = awaitTheAnswer(dialog, 30_000);
        assertTrue(said.matches("Connected to PostgreSQL \\d+[.\\w]* as swinglink; the SwingLink tables will be made at first use\\."),
                said);
        assertTrue(workbench.sync(() -> testConnection(dialog).isEnabled()), "Test connection is enabled again");
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(dialog, "preferences-server-connected"));

        workbench.syncRun(() -> Driving.click(okButton(dialog)));
        workbench.waitUntil("the dialog to close", OPEN_MILLIS, dialog::isDisposed);
        assertEquals(Optional.of(address), UiPreferences.database(), "saved for the next start");
    }

    @Test
    void givenAnAddressWhereNothingListens_whenTestConnectionIsClicked_thenTheStatusSaysWhyInTheCliSentence() {
        Shell dialog = openPreferences();

        typeIntoTheDatabaseField(dialog, "postgresql://swinglink@127.0.0.1:9/swinglink");
        clickTestConnection(dialog);

        String said = awaitTheAnswer(dialog, 30_000);
        assertTrue(said.startsWith("Cannot use the database postgresql://swinglink@127.0.0.1:9/swinglink: "), said);
        assertTrue(said.contains("refused"), said);
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(dialog, "preferences-server-refused"));
        cancel(dialog);
    }

    @Test
    void givenAServerThatNeverAnswers_whenTested_thenTheDialogStaysLiveSaysTestingAndGivesUpAfterTheTimeout()
            throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) { // accepts, never answers
            String address = "postgresql://swinglink@127.0.0.1:" + silent.getLocalPort() + "/swinglink";
            Shell dialog = openPreferences();
            typeIntoTheDatabaseField(dialog, address);

            clickTestConnection(dialog);

            workbench.waitUntil("Testing\u2026 under the field", 5_000, () -> "Testing\u2026".equals(status(dialog).getText()));
            long before = System.nanoTime();
            assertFalse(workbench.sync(() -> testConnection(dialog).isEnabled()), "Test connection is disabled while testing");
            assertTrue(System.nanoTime() - before < 2_000_000_000L, "the dialog answers while the test waits");
            Driving.settle(workbench);
            workbench.sync(() -> Screenshots.save(dialog, "preferences-server-testing"));
            String said = awaitTheAnswer(dialog, 30_000);
            assertTrue(said.startsWith("Cannot use the database " + address + ": "), said);
            assertTrue(said.toLowerCase(java.util.Locale.ROOT).contains("timed out"), said);
            cancel(dialog);
        }
    }

    @Test
    void givenAnAddressHoldingAPassword_whenTyped_thenItIsRefusedWithoutRepeatingThePassword() {
        Shell dialog = openPreferences();

        typeIntoTheDatabaseField(dialog, "postgresql://coach:Secret99@db.example/swinglink");

        String error = workbench.sync(() -> dialogErrorMessage(dialog));
        assertTrue(error.contains("the address holds a password"), error);
        assertFalse(error.contains("Secret99"), error);
        assertFalse(workbench.sync(() -> okButton(dialog).isEnabled()), "OK is disabled");
        assertFalse(workbench.sync(() -> testConnection(dialog).isEnabled()), "Test connection is disabled");
        Driving.settle(workbench);
        workbench.sync(() -> Screenshots.save(dialog, "preferences-password-refused"));
        cancel(dialog);
    }

    @Test
    void givenAFolderSavedByAnEarlierRelease_thenItIsStillTheDatabase() throws Exception {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(UiPreferences.NODE);
        node.remove(UiPreferences.DATABASE);
        node.put(UiPreferences.DATABASE_FOLDER, "/srv/swinglink");

        assertEquals(Optional.of("/srv/swinglink"), UiPreferences.database());
    }


    private void typeIntoTheDatabaseField(Shell dialog, String setting) {
        RealInput input = new RealInput(workbench);
        Text field = workbench.sync(() -> text(dialog, SwingLinkUi.PREFERENCES_DATABASE));
        input.focus(field);
        input.ctrl('a');
        input.type(setting);
        assertEquals(setting, workbench.sync(field::getText), "what was typed");
    }

    private void clickTestConnection(Shell dialog) {
        Button button = workbench.sync(() -> testConnection(dialog));
        RealInput input = new RealInput(workbench);
        // Space on the focused button, as GTK presses it: posted mouse clicks right after typing were lost now and then
        input.focus(button);
        input.type(" ");
    }

    /** The status line's sentence once the test is over. */
    private String awaitTheAnswer(Shell dialog, long timeoutMillis) {
        workbench.waitUntil("the connection test's answer", timeoutMillis, () -> {
            String text = status(dialog).getText();
            return !text.isEmpty() && !text.startsWith("Testing");
        });
        return workbench.sync(() -> status(dialog).getText());
    }

    private void cancel(Shell dialog) {
        Driving.press(workbench, dialog, "Cancel");
        workbench.waitUntil("the dialog to close", OPEN_MILLIS, dialog::isDisposed);
    }

    private static Button testConnection(Shell dialog) {
        return Widgets.byId(dialog, Button.class, SwingLinkUi.PREFERENCES_TEST_CONNECTION);
    }

    private static Label status(Shell dialog) {
        return Widgets.byId(dialog, Label.class, SwingLinkUi.PREFERENCES_DATABASE_STATUS);
    }

    /** The title area's error line: the dialog's own text, read as a user reads it. */
    private static String dialogErrorMessage(Shell dialog) {
        return ((TitleAreaDialog) dialog.getData()).getErrorMessage();
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
