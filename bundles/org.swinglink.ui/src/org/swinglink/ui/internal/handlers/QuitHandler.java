package org.swinglink.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Quit: closes the workbench; the store add-on then shuts the database down. */
public class QuitHandler {
    @Execute
    public void quit(IWorkbench workbench) {
        workbench.close();
    }
}
