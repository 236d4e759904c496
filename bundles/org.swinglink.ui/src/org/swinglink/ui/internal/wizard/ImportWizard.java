package org.swinglink.ui.internal.wizard;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;

/** Files to import, their preview with the reading options, and the import itself as a job. */
final class ImportWizard extends Wizard {
    private final ImportServices services;
    private final ImportChoice choice;

    ImportWizard(ImportServices services, List<Path> paths) {
        this.services = services;
        this.choice = new ImportChoice(paths);
        setWindowTitle("Import");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(new FilesPage(choice, services.store()));
        addPage(new PreviewPage(choice, services.importer()));
    }

    @Override
    public boolean performFinish() {
        // The job outlives the wizard: its result dialog belongs to the window the wizard was opened from.
        Shell owner = getShell().getParent() instanceof Shell parent ? parent : null;
        new ImportJob(services, choice.request(System.getProperty("user.name")), getShell().getDisplay(), owner).start();
        return true;
    }
}
