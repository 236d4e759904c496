package org.swinglink.ui.internal.preferences;

import java.time.ZoneId;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.PasswordSource;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.UiPreferences;

/** File > Preferences...: the database (a folder or a server, with a connection test), default time zone and matching tolerance, checked as typed. */
public final class PreferencesDialog extends TitleAreaDialog {
    /** Wide enough for a server address; the status and note below wrap at it. */
    private static final int FIELD_WIDTH = 420;

    private Text database;
    private ConnectionTester connection;
    private Combo zone;
    private Text tolerance;

    public PreferencesDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Preferences");
        shell.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PREFERENCES_SHELL);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("SwingLink preferences");
        setMessage("Where the data lives, and the defaults for new imports.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 12).spacing(8, 8).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

        label(form, "&Database:");
        database = new Text(form, SWT.BORDER);
        database.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PREFERENCES_DATABASE);
        database.setMessage("a folder (default " + DatabaseFolder.homeFolder().root() + ") or postgresql://user@host/dbname");
        database.setText(UiPreferences.database().orElse(""));
        GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(database);
        Button browse = new Button(form, SWT.PUSH);
        browse.setText("B&rowse\u2026");
        GridDataFactory.fillDefaults().applyTo(browse);
        browse.addListener(SWT.Selection, event -> browse());
        new Label(form, SWT.NONE);
        connection = new ConnectionTester(form, FIELD_WIDTH, database::getText);
        new Label(form, SWT.NONE);
        Label note = new Label(form, SWT.WRAP);
        note.setText("A folder on this computer, or a shared PostgreSQL server:\n"
                + "postgresql://[user@]host[:port]/dbname[?sslmode=require],\n"
                + "its password in PGPASSWORD or " + PasswordSource.defaultFile() + ", never here.\n"
                + "Takes effect at the next start; --db on the command line wins over it.");
        GridDataFactory.fillDefaults().span(2, 1).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(note);

        label(form, "Default &time zone:");
        zone = new Combo(form, SWT.DROP_DOWN);
        zone.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PREFERENCES_ZONE);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toArray(String[]::new));
        zone.setVisibleItemCount(20);
        zone.setText(UiPreferences.defaultZone().getId());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(zone);

        label(form, "Matching t&olerance (s):");
        tolerance = new Text(form, SWT.BORDER);
        tolerance.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PREFERENCES_TOLERANCE);
        tolerance.setText(Double.toString(UiPreferences.toleranceSeconds()));
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).span(2, 1).applyTo(tolerance);

        database.addListener(SWT.Modify, event -> databaseEdited());
        zone.addListener(SWT.Modify, event -> validate());
        tolerance.addListener(SWT.Modify, event -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        databaseEdited();
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Database folder");
        dialog.setFilterPath(database.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            database.setText(chosen);
        }
    }

    /** A test's result is about the setting it tried; one that cannot be read is not tried. */
    private void databaseEdited() {
        connection.settingChanged(PreferenceValues.databaseProblem(database.getText()).isEmpty());
        validate();
    }

    /** Says what is wrong and keeps OK disabled until every field holds a usable value. */
    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || tolerance == null) {
            return; // still being built
        }
        Optional<String> problem = PreferenceValues.databaseProblem(database.getText())
                .or(() -> PreferenceValues.zoneProblem(zone.getText()))
                .or(() -> PreferenceValues.toleranceProblem(tolerance.getText()));
        setErrorMessage(problem.orElse(null));
        ok.setEnabled(problem.isEmpty());
    }

    @Override
    protected void okPressed() {
        try {
            UiPreferences.save(PreferenceValues.database(database.getText()), ZoneId.of(zone.getText().strip()),
                    PreferenceValues.tolerance(tolerance.getText()));
        } catch (BackingStoreException e) {
            ILog.of(PreferencesDialog.class).error("Cannot save the preferences", e);
            MessageDialog.openError(getShell(), "Preferences", "The preferences cannot be saved: " + e.getMessage());
            return;
        }
        super.okPressed();
    }
}
