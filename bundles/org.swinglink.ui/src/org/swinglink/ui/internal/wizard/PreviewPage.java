package org.swinglink.ui.internal.wizard;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.swinglink.importer.FilePreview;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.Importer;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.SwingSource;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.UiPreferences;

/**
 * What each file is and holds, read without storing anything, and how to read and match them: time
 * zone per source, whether to leave out unreadable rows, a known clock offset, the tolerance. Each
 * file is ticked to be imported; files stored by an earlier import are flagged. When an import fails
 * the page shows why, with every choice kept, so Finish can try again.
 */
final class PreviewPage extends WizardPage {
    private final ImportChoice choice;
    private final Importer importer;
    private final Store store;
    private final ZoneId defaultZone = UiPreferences.defaultZone();
    private PreviewTable table;
    private ZonePerSourceTable zones;
    private Button skipBadRows;
    private Text offset;
    private Text tolerance;
    private Boolean shownForBulk;
    private Text failure;

    PreviewPage(ImportChoice choice, Importer importer, Store store) {
        super("preview", "Preview", null);
        this.choice = choice;
        this.importer = importer;
        this.store = store;
        setDescription("Check what each file holds before importing it.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        Label shownIn = new Label(page, SWT.NONE);
        shownIn.setText("Times are shown in " + defaultZone.getId() + ".");
        table = new PreviewTable(page, defaultZone, choice, this::validate);
        failure = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        failure.setData(SwingLinkUi.WIDGET_ID, WizardIds.FAILURE);
        failure.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).exclude(true).applyTo(failure);
        failure.setVisible(false);

        Group options = new Group(page, SWT.NONE);
        options.setText("Reading and matching");
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(options);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(options);
        zones = new ZonePerSourceTable(options, (sourceId, zone) -> {
            choice.zone(sourceId, zone);
            validate();
        }, this::validate);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(zones.control());

        skipBadRows = new Button(options, SWT.CHECK);
        skipBadRows.setText("&Leave out rows that cannot be read (otherwise any such row stops the import)");
        skipBadRows.setData(SwingLinkUi.WIDGET_ID, WizardIds.SKIP_BAD_ROWS);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(skipBadRows);
        skipBadRows.addListener(SWT.Selection, e -> {
            choice.skipBadRows(skipBadRows.getSelection());
            validate();
        });

        offset = field(options, "Sensor &clock offset (seconds, empty to estimate):", "", WizardIds.OFFSET);
        tolerance = field(options, "Matching &tolerance (seconds):", String.valueOf(UiPreferences.toleranceSeconds()),
                WizardIds.TOLERANCE);
        setControl(page);
    }

    private Text field(Composite parent, String label, String value, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        text.setData(SwingLinkUi.WIDGET_ID, id);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> validate());
        return text;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (!visible) {
            return;
        }
        if (!Boolean.valueOf(choice.bulk()).equals(shownForBulk)) {
            // Bulk imports gather whatever is readable; a player's own files should be complete.
            shownForBulk = choice.bulk();
            skipBadRows.setSelection(choice.bulk());
            choice.skipBadRows(choice.bulk());
        }
        if (choice.needsPreview()) {
            setPageComplete(false);
            // after the page is shown, so the dialog's progress bar is there to follow the reading
            getShell().getDisplay().asyncExec(this::runPreview);
        }
    }

    private void runPreview() {
        if (getControl().isDisposed()) {
            return;
        }
        List<Path> paths = choice.paths();
        List<FilePreview>[] result = new List[1];
        try {
            getContainer().run(true, true, (IProgressMonitor monitor) -> {
                monitor.beginTask("Reading " + paths.size() + (paths.size() == 1 ? " input" : " inputs"),
                        IProgressMonitor.UNKNOWN);
                try {
                    result[0] = importer.preview(store, paths, new ReadOptions(defaultZone));
                } catch (ImportException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            choice.previews(List.of(), paths);
            table.show(List.of(), defaultZone);
            setErrorMessage(e.getCause().getMessage());
            setPageComplete(false);
            return;
        } catch (InterruptedException e) {
            setErrorMessage("The preview was cancelled; go back and forth to read the files again.");
            return;
        }
        choice.previews(result[0], paths);
        showFailure(null); // it was about other files
        table.show(result[0], defaultZone);
        zones.show(sourcesFound(result[0]), defaultZone);
        ((Composite) getControl()).layout(true, true); // the zone rows change the options' height
        validate();
    }

    /** Display name by source id, of the sources that claimed a file. */
    private Map<String, String> sourcesFound(List<FilePreview> previews) {
        Map<String, String> idByName = new LinkedHashMap<>();
        for (SwingSource source : importer.sources().sources()) {
            idByName.put(source.displayName(), source.id());
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (FilePreview preview : previews) {
            String id = idByName.get(preview.sourceName());
            if (id != null) {
                found.put(id, preview.sourceName());
            }
        }
        return found;
    }

    /** Called when Finish starts an import: an earlier failure no longer applies. */
    void importStarted() {
        showFailure(null);
    }

    /** The import failed and stored nothing: says why, and that Finish tries again with what is chosen. */
    void importFailed(String reason) {
        showFailure("The import failed and nothing was stored:\n" + reason);
        setErrorMessage("The import failed (see below). Change what is needed, e.g. leave out unreadable rows, "
                + "and press Finish to try again.");
    }

    private void showFailure(String text) {
        boolean shown = text != null;
        failure.setText(shown ? text : "");
        failure.setVisible(shown);
        ((GridData) failure.getLayoutData()).exclude = !shown;
        ((Composite) getControl()).layout(true, true);
    }

    private void validate() {
        if (table == null || choice.needsPreview()) {
            return;
        }
        String problem = problem();
        setErrorMessage(problem);
        setMessage(problem == null ? warning() : null, WARNING);
        setPageComplete(problem == null);
    }

    private String problem() {
        List<FilePreview> previews = choice.previews();
        if (previews.isEmpty()) {
            return "No files were found in the chosen inputs.";
        }
        List<FilePreview> chosen = choice.chosenPreviews();
        if (chosen.isEmpty()) {
            return "Tick at least one file to import.";
        }
        List<FilePreview> failing = chosen.stream().filter(p -> p.problem() != null).toList();
        if (!failing.isEmpty()) {
            return (failing.size() == 1 ? "This file cannot be imported: " : failing.size() + " files cannot be imported, first ")
                    + failing.get(0).fileName() + ". Untick it, or remove it on the Files page.";
        }
        if (!zones.valid()) {
            return "A time zone is not one SwingLink knows (e.g. America/Chicago).";
        }
        Long offsetMillis;
        Long toleranceMillis;
        try {
            offsetMillis = millis(offset.getText());
            toleranceMillis = millis(tolerance.getText());
        } catch (NumberFormatException e) {
            return "The clock offset and the tolerance are numbers of seconds, like 47.3.";
        }
        if (toleranceMillis != null && toleranceMillis <= 0) {
            return "The tolerance must be more than 0 seconds.";
        }
        choice.matching(offsetMillis, toleranceMillis);
        return null;
    }

    /** What would make the import fail or skip files, said before Finish; null when nothing. */
    private String warning() {
        List<FilePreview> chosen = choice.chosenPreviews();
        long withBadRows = chosen.stream().filter(p -> p.badRows() > 0).count();
        if (withBadRows > 0 && !skipBadRows.getSelection()) {
            return (withBadRows == 1 ? "A file has rows" : withBadRows + " files have rows")
                    + " that cannot be read (see Problem): the import fails unless they are left out.";
        }
        long before = chosen.stream().filter(p -> p.importedBefore() != null).count();
        if (before > 0) {
            return (before == 1 ? "A file was" : before + " files were") + " imported before and will be skipped.";
        }
        return null;
    }

    private static Long millis(String seconds) {
        String value = seconds.strip();
        return value.isEmpty() ? null : Math.round(Double.parseDouble(value) * 1000);
    }
}
