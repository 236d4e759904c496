package org.swinglink.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.ui.internal.preferences.PreferencesDialog;

import jakarta.inject.Named;

/** File > Preferences... */
public class PreferencesHandler {
    @Execute
    public void open(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new PreferencesDialog(shell).open();
    }
}
