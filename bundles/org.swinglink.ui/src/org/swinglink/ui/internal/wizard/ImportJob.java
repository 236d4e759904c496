package org.swinglink.ui.internal.wizard;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.ui.SwingLinkUi;

/**
 * Runs an import in the background with its progress in a window; Cancel rolls the import back.
 * When it ends the views reload and whoever started it is told the result, on the UI thread.
 */
public final class ImportJob extends Job {
    /** The family of every import job, for {@link org.eclipse.core.runtime.jobs.IJobManager#find(Object)}. */
    public static final Object FAMILY = ImportJob.class;

    private final ImportServices services;
    private final ImportRequest request;
    private final Display display;
    private final Shell owner;
    private final Ended ended;

    /** Told on the UI thread how an import ended. */
    interface Ended {
        void importEnded(ImportReport report, boolean cancelled);
    }

    /** @param owner the window the progress window stays above (the wizard) */
    ImportJob(ImportServices services, ImportRequest request, Display display, Shell owner, Ended ended) {
        super("Importing " + request.inputs().size() + (request.inputs().size() == 1 ? " input" : " inputs"));
        this.services = services;
        this.request = request;
        this.display = display;
        this.owner = owner;
        this.ended = ended;
        setUser(true);
    }

    void start() {
        schedule();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ProgressWindow progress = new ProgressWindow(display, owner, monitor);
        ImportReport report;
        try {
            report = services.importer().importFiles(services.store(), request, new ProgressBridge(progress));
        } finally {
            progress.done();
        }
        services.events().post(SwingLinkUi.TOPIC_IMPORTS_CHANGED, report.importSessionId());
        services.events().post(SwingLinkUi.TOPIC_SWINGS_CHANGED, report.importSessionId());
        boolean cancelled = progress.isCanceled();
        display.asyncExec(() -> ended.importEnded(report, cancelled));
        // A cancelled import is reported like any other end; the job itself ended as asked.
        return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
