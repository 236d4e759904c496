package org.swinglink.ui.internal.wizard;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.swinglink.ui.SwingLinkUi;

/** The summary of a finished import, in text the user can select and copy. */
final class ImportResultDialog extends TitleAreaDialog {
    private final String summary;
    private final boolean succeeded;

    ImportResultDialog(Shell parent, String summary, boolean succeeded) {
        super(parent);
        this.summary = summary;
        this.succeeded = succeeded;
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import Result");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(succeeded ? "Import completed" : "Import failed");
        if (succeeded) {
            setMessage("The views show the new data.");
        } else {
            setErrorMessage("Nothing was stored.");
        }
        Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setText(summary);
        text.setData(SwingLinkUi.WIDGET_ID, WizardIds.RESULT_TEXT);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).indent(8, 8).applyTo(text);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
