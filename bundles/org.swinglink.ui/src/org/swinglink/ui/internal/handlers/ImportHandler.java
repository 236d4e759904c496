package org.swinglink.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.Importer;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;

import jakarta.inject.Named;

/**
 * File > Import...: a bulk import of the chosen files (players detected from the files), run as a
 * job; the views reload when it is done. The import wizard will replace the file dialog.
 */
public class ImportHandler {
    @CanExecute
    public boolean canImport(@Optional Store store) {
        return store != null;
    }

    @Execute
    public void importFiles(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Store store, Importer importer,
            IEventBroker events, UISynchronize sync) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import HitTrax and sensor files");
        dialog.setFilterExtensions(new String[] { "*.csv;*.zip", "*.*" });
        dialog.setFilterNames(new String[] { "CSV exports and ZIP archives", "All files" });
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = Arrays.stream(dialog.getFileNames()).map(name -> Path.of(dialog.getFilterPath(), name)).toList();
        ImportRequest request = ImportRequest.bulk(files, ReadOptions.systemDefaults(), System.getProperty("user.name"));
        Job.create("Importing " + files.size() + (files.size() == 1 ? " file" : " files"), monitor -> {
            ImportReport report = importer.importFiles(store, request);
            events.post(SwingLinkUi.TOPIC_IMPORTS_CHANGED, report.importSessionId());
            sync.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    showResult(shell, report);
                }
            });
        }).schedule();
    }

    private static void showResult(Shell shell, ImportReport report) {
        if (report.succeeded()) {
            var s = report.statistics();
            MessageDialog.openInformation(shell, "Import completed", String.format(
                    "%d HitTrax events and %d sensor swings imported; %d swings matched, %d unmatched, %d players.",
                    s.hittraxEvents(), s.totalSwings(), s.matchedSwings(), s.unmatchedSwings(), s.playersDetected()));
        } else {
            MessageDialog.openError(shell, "Import failed", report.errorMessage());
        }
    }
}
