package org.swinglink.ui.internal.wizard;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.importer.ParserFailure;

/**
 * A parser that threw: its stack trace goes to the workbench's log; when the parser is one of
 * SwingLink's own, the analyst is told it is SwingLink's defect and where the log lies.
 */
final class ParserFailureNotice {
    private ParserFailureNotice() {
    }

    static void show(Shell shell, ParserFailure failure) {
        ILog.of(ParserFailureNotice.class).log(Status.error("The " + failure.describe() + "\n" + failure.stackTrace()));
        if (failure.builtIn()) {
            MessageDialog.openError(shell, "SwingLink defect", "The " + failure.describe()
                    + "\n\nThis is a defect in SwingLink, not in the file; nothing was stored. Please report it with the log: "
                    + Platform.getLogFileLocation().toOSString());
        }
    }
}
