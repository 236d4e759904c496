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
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.UiPreferences;

/**
 * What each file is and holds, read without storing anything, and how to read and match them: time
 * zone per source, whether to leave out unreadable rows, a known clock offset, the tolerance.
 */
final class PreviewPage extends WizardPage {
    private final ImportChoice choice;
    private final Importer importer;
    private final ZoneId defaultZone = UiPreferences.defaultZone();
    private PreviewTable table;
    private ZonePerSourceTable zones;
    private Button skipBadRows;
    private Text offset;
    private Text tolerance;
    private Boolean shownForBulk;

    PreviewPage(ImportChoice choice, Importer importer) {
        super("preview", "Preview", null);
        this.choice = choice;
        this.importer = importer;
        setDescription("Check what each file holds before importing it.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        Label shownIn = new Label(page, SWT.NONE);
        shownIn.setText("Times are shown in " + defaultZone.getId() + ".");
        table = new PreviewTable(page, defaultZone);

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
        skipBadRows.addListener(SWT.Selection, e -> choice.skipBadRows(skipBadRows.getSelection()));

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
                    result[0] = importer.preview(paths, new ReadOptions(defaultZone));
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

    private void validate() {
        if (table == null || choice.needsPreview()) {
            return;
        }
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        List<FilePreview> previews = choice.previews();
        if (previews.isEmpty()) {
            return "No files were found in the chosen inputs.";
        }
        List<FilePreview> failing = previews.stream().filter(p -> p.problem() != null).toList();
        if (!failing.isEmpty()) {
            return (failing.size() == 1 ? "This file cannot be imported: " : failing.size() + " files cannot be imported, first ")
                    + failing.get(0).fileName() + ". Remove it on the Files page.";
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

    private static Long millis(String seconds) {
        String value = seconds.strip();
        return value.isEmpty() ? null : Math.round(Double.parseDouble(value) * 1000);
    }
}
