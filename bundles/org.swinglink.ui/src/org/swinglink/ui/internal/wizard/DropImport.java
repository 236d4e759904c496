package org.swinglink.ui.internal.wizard;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;

/**
 * Files, folders and ZIP archives dropped on the workbench window open the import wizard with them
 * listed. An add-on: it puts itself into the application context (tests call {@link #dropped}).
 */
public final class DropImport {
    private final MApplication application;
    private Shell shell;

    @Inject
    public DropImport(MApplication application) {
        this.application = application;
        application.getContext().set(DropImport.class, this);
    }

    /**
     * The windows exist once startup is complete. The event may arrive on the event admin's thread
     * (it does in the product), so the drop target is made on the window's own display thread.
     */
    @Inject
    @Optional
    void startupComplete(@EventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object ignored) {
        for (MWindow window : application.getChildren()) {
            if (window.getWidget() instanceof Shell windowShell && shell == null) {
                shell = windowShell;
                windowShell.getDisplay().asyncExec(() -> {
                    if (!windowShell.isDisposed()) {
                        accept(windowShell);
                    }
                });
            }
        }
    }

    private void accept(Shell target) {
        DropTarget drop = new DropTarget(target, DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] files && files.length > 0) {
                    List<Path> paths = Arrays.stream(files).map(Path::of).toList();
                    // leave the native drag before the modal wizard takes over the event loop
                    target.getDisplay().asyncExec(() -> dropped(paths));
                }
            }
        });
    }

    /** Opens the import wizard with the dropped paths; blocks until it closes. */
    public boolean dropped(List<Path> paths) {
        IEclipseContext context = application.getContext();
        Shell owner = shell != null ? shell : (Shell) application.getChildren().get(0).getWidget();
        return ImportWizards.open(owner, context, paths);
    }
}
