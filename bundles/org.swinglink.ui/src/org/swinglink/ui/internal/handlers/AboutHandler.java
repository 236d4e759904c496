package org.swinglink.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.swinglink.store.Store;

import jakarta.inject.Named;

/** Help > About: version and where the data lives. */
public class AboutHandler {
    @Execute
    public void about(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional Store store) {
        String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        String database = store == null ? "no database open"
                : store.server().map(Object::toString).orElse(store.folder().root().toString());
        MessageDialog.openInformation(shell, "About SwingLink", "SwingLink " + version
                + "\n\nPairs HitTrax batted-ball events with bat-sensor swings (Blast, Diamond Kinetics)."
                + "\n\nDatabase: " + database + "\nJava " + System.getProperty("java.version"));
    }
}
