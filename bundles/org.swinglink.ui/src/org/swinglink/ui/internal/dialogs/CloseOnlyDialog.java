package org.swinglink.ui.internal.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** A dialog that shows something and asks nothing: its one button is Close. */
public abstract class CloseOnlyDialog extends Dialog {

    protected CloseOnlyDialog(Shell parent) {
        super(parent);
    }

    /**
     * Lets the analyst keep the dialog open beside the views and work on: resizable, and
     * {@link #open()} returns at once. Call from the constructor.
     */
    protected final void keepOpenBesideTheViews() {
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }
}
