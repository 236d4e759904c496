package org.swinglink.ui.internal.preferences;

import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.store.ConnectionCheck;
import org.swinglink.ui.SwingLinkUi;

/**
 * The status line under the database field and the Test connection button beside it: tries the
 * setting now, in a job (a server may take seconds to answer, or not answer), and shows the store's
 * one sentence in the line, not in a popup, so it can be read while the setting is corrected.
 */
final class ConnectionTester {
    private final Supplier<String> setting;
    private final Label status;
    private final Button button;
    /** Counts edits of the setting: a result for an earlier setting is not shown. */
    private int asked;
    private boolean usable = true;

    /** Adds the status line, then the button, as the next two cells of {@code form}'s grid. */
    ConnectionTester(Composite form, int statusWidth, Supplier<String> setting) {
        this.setting = setting;
        status = new Label(form, SWT.WRAP);
        status.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PREFERENCES_DATABASE_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).hint(statusWidth, SWT.DEFAULT).applyTo(status);
        button = new Button(form, SWT.PUSH);
        button.setText("&Test connection");
        button.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PREFERENCES_TEST_CONNECTION);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(button);
        button.addListener(SWT.Selection, event -> test());
    }

    /** The setting was edited: what was found for the old one no longer applies; an unusable one is not tried. */
    void settingChanged(boolean nowUsable) {
        usable = nowUsable;
        asked++;
        show("", false);
        button.setEnabled(usable);
    }

    private void test() {
        String tried = setting.get();
        int question = ++asked;
        button.setEnabled(false);
        show("Testing\u2026", false);
        Display display = button.getDisplay();
        Job job = Job.create("Testing the database connection", monitor -> {
            ConnectionCheck.Result result = check(tried);
            display.asyncExec(() -> answered(question, result));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static ConnectionCheck.Result check(String tried) {
        try {
            return ConnectionCheck.of(tried);
        } catch (RuntimeException e) {
            ILog.of(ConnectionTester.class).error("The database connection test failed", e);
            return new ConnectionCheck.Result(false, "The test failed unexpectedly: " + e.getMessage());
        }
    }

    private void answered(int question, ConnectionCheck.Result result) {
        if (status.isDisposed() || question != asked) {
            return; // the dialog closed, or the setting changed while the test ran
        }
        button.setEnabled(usable);
        show(result.sentence(), !result.ok());
    }

    /** The theme's error colour; some themes set none, and a failure must not read like a success. */
    private static Color errorColour(Display display) {
        Color themed = JFaceColors.getErrorText(display);
        return themed != null ? themed : display.getSystemColor(SWT.COLOR_DARK_RED);
    }

    private void show(String text, boolean failure) {
        status.setText(text);
        status.setForeground(failure ? errorColour(status.getDisplay()) : null);
        Shell shell = status.getShell();
        if (!shell.isVisible()) {
            return; // still being built: the dialog sizes itself when it opens
        }
        // a long sentence wraps onto more lines: let the dialog grow to show it all
        Point size = shell.getSize();
        int wanted = shell.computeSize(size.x, SWT.DEFAULT).y;
        if (wanted > size.y) {
            shell.setSize(size.x, wanted);
        }
        shell.layout(true, true);
    }
}
