package org.swinglink.ui.internal.wizard;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Shows a job's progress in a small window with a Cancel button (a pure e4 workbench has no progress
 * view). Called on the job's thread; the window is updated on the UI thread. Closing the window
 * leaves the job running; Cancel cancels it.
 */
final class ProgressWindow extends ProgressMonitorWrapper {
    private final Display display;
    private ProgressMonitorDialog dialog;
    private volatile boolean cancelled;

    ProgressWindow(Display display, Shell owner, IProgressMonitor jobMonitor) {
        super(jobMonitor);
        this.display = display;
        display.syncExec(() -> {
            dialog = new ProgressMonitorDialog(owner) {
                @Override
                protected void cancelPressed() {
                    cancelled = true;
                    super.cancelPressed();
                }
            };
            dialog.setCancelable(true);
            dialog.setBlockOnOpen(false);
            dialog.open();
        });
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        onWindow(monitor -> monitor.beginTask(name, totalWork));
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        onWindow(monitor -> monitor.subTask(name));
    }

    @Override
    public void worked(int work) {
        super.worked(work);
        onWindow(monitor -> monitor.worked(work));
    }

    @Override
    public boolean isCanceled() {
        return cancelled || super.isCanceled();
    }

    @Override
    public void done() {
        super.done();
        display.asyncExec(() -> {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        });
    }

    private void onWindow(java.util.function.Consumer<IProgressMonitor> update) {
        display.asyncExec(() -> {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                update.accept(dialog.getProgressMonitor());
            }
        });
    }
}
