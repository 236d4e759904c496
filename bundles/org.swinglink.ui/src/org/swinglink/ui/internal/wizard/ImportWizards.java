package org.swinglink.ui.internal.wizard;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/** Opens the import wizard: from File > Import..., the toolbar, or files dropped on the window. */
public final class ImportWizards {
    private ImportWizards() {
    }

    /**
     * Opens the wizard with {@code paths} already listed and blocks until it closes (it is modal). A
     * failed import keeps it open for another try.
     *
     * @return whether it closed after an import ran (completed or cancelled), not by its Cancel button
     */
    public static boolean open(Shell shell, IEclipseContext context, List<Path> paths) {
        ImportServices services = ImportServices.from(context);
        if (services == null) {
            MessageDialog.openError(shell, "Import", "The SwingLink database is not open, so nothing can be imported.");
            return false;
        }
        WizardDialog dialog = new WizardDialog(shell, new ImportWizard(services, paths));
        dialog.setPageSize(1060, 440);
        return dialog.open() == WizardDialog.OK;
    }
}
