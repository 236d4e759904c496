package org.swinglink.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.store.Store;
import org.swinglink.ui.internal.wizard.ImportWizards;

import jakarta.inject.Named;

/** File > Import..., the toolbar's Import and Ctrl+I: the import wizard. */
public class ImportHandler {
    @CanExecute
    public boolean canImport(@Optional Store store) {
        return store != null;
    }

    @Execute
    public void importFiles(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application) {
        IEclipseContext context = application.getContext();
        ImportWizards.open(shell, context, List.of());
    }
}
