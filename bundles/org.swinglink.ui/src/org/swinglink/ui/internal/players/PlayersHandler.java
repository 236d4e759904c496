package org.swinglink.ui.internal.players;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.store.Store;

import jakarta.inject.Named;

/** Edit > Players...: the Players dialog; one at a time, brought to the front when already open. */
public class PlayersHandler {
    private PlayersDialog open;

    @CanExecute
    public boolean canExecute(@Optional Store store) {
        return store != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Store store, IOperationHistory history,
            IEventBroker events, UISynchronize sync) {
        if (open != null && open.getShell() != null && !open.getShell().isDisposed()) {
            open.getShell().setActive();
            return;
        }
        open = new PlayersDialog(shell, store, new PlayerActions(store, history, events, sync), events, sync);
        open.open();
    }
}
