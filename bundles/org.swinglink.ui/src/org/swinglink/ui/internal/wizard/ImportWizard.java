package org.swinglink.ui.internal.wizard;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.importer.ImportReport;

/**
 * Files to import, their preview with the reading options, and the import itself as a job. The wizard
 * stays open while its job runs: a completed (or cancelled) import closes it and shows the result; a
 * failed one returns to the preview with every choice kept and the reason shown, and Finish tries again.
 */
final class ImportWizard extends Wizard {
    private final ImportServices services;
    private final ImportChoice choice;
    private PreviewPage preview;
    private boolean importing;

    ImportWizard(ImportServices services, List<Path> paths) {
        this.services = services;
        this.choice = new ImportChoice(paths);
        setWindowTitle("Import");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(new FilesPage(choice, services.store()));
        preview = new PreviewPage(choice, services.importer(), services.store());
        addPage(preview);
    }

    @Override
    public boolean canFinish() {
        return !importing && super.canFinish();
    }

    @Override
    public boolean performFinish() {
        Shell wizardShell = getShell();
        // The result dialog outlives the wizard: it belongs to the window the wizard was opened from.
        Shell owner = wizardShell.getParent() instanceof Shell parent ? parent : null;
        importing = true;
        preview.importStarted();
        getContainer().updateButtons();
        new ImportJob(services, choice.request(System.getProperty("user.name")), wizardShell.getDisplay(), wizardShell,
                (report, cancelled) -> ended(report, cancelled, owner)).start();
        return false; // closed by ended() once the import completed
    }

    /** The job's progress window is modal; should the wizard be closed meanwhile, its import runs on. */
    @Override
    public boolean performCancel() {
        return !importing;
    }

    private void ended(ImportReport report, boolean cancelled, Shell owner) {
        importing = false;
        IWizardContainer container = getContainer();
        boolean open = container != null && container.getShell() != null && !container.getShell().isDisposed();
        if (report.parserFailure() != null) {
            ParserFailureNotice.show(open ? container.getShell() : owner, report.parserFailure());
        }
        if (open && !report.succeeded() && !cancelled) {
            container.showPage(preview);
            preview.importFailed(report.errorMessage());
            container.updateButtons();
            return;
        }
        new ImportResultDialog(owner == null || owner.isDisposed() ? null : owner, ImportSummary.of(report, services.importer().sources()::nameOf),
                report.succeeded()).open();
        if (open && container instanceof WizardDialog dialog) {
            dialog.close();
        }
    }
}
