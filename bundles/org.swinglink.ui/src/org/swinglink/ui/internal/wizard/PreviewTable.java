package org.swinglink.ui.internal.wizard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.swinglink.importer.FilePreview;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.table.CellToolTips;

/**
 * One row per file of the preview, ticked when it is to be imported. A file that cannot be imported
 * is written in red, one an earlier import stored already in grey with that import named; a file
 * with unreadable rows names the first of them. Cut-off cells show whole in a tooltip.
 */
final class PreviewTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CheckboxTableViewer viewer;
    private final ImportChoice choice;
    private ZoneId zone;

    PreviewTable(Composite parent, ZoneId zone, ImportChoice choice, Runnable chosenChanged) {
        this.zone = zone;
        this.choice = choice;
        viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(SwingLinkUi.WIDGET_ID, WizardIds.PREVIEW_TABLE);
        table.setToolTipText(null);
        CellToolTips.install(table);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return choice.chosen(((FilePreview) element).fileName());
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        viewer.addCheckStateListener(event -> {
            choice.choose(((FilePreview) event.getElement()).fileName(), event.getChecked());
            chosenChanged.run();
        });
        // what may stop or shorten the import before the time span, so it shows without scrolling
        column("File", 180, FilePreview::fileName);
        column("Source", 95, p -> p.sourceName() == null ? "(none)" : p.sourceName());
        column("Confidence", 85, p -> p.confidence() + "%");
        column("Rows", 45, p -> String.valueOf(p.records()));
        column("Bad rows", 65, p -> String.valueOf(p.badRows()));
        column("Players", 85, p -> String.join(", ", p.players()));
        column("Problem", 200, PreviewTable::problem);
        column("Already imported", 285, this::importedBefore);
        column("First", 135, p -> time(p.first()));
        column("Last", 135, p -> time(p.last()));
    }

    private void column(String header, int width, Function<FilePreview, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FilePreview) element);
            }

            @Override
            public Color getForeground(Object element) {
                FilePreview preview = (FilePreview) element;
                if (preview.problem() != null) {
                    return viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
                }
                return preview.importedBefore() != null
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND)
                        : null;
            }
        });
    }

    private String importedBefore(FilePreview preview) {
        // read with its header: "Already imported | by the import of 2024-10-14 17:02 (a.csv, b.csv)"
        return preview.importedBefore() == null ? "" : "by " + preview.importedBefore().label(zone);
    }

    /** Why the file cannot be imported, else why its first unreadable row cannot be read. */
    private static String problem(FilePreview preview) {
        if (preview.problem() != null) {
            return preview.problem();
        }
        if (preview.firstBadRow() == null) {
            return "";
        }
        return preview.badRows() == 1 ? preview.firstBadRow()
                : preview.firstBadRow() + " (and " + (preview.badRows() - 1) + " more rows)";
    }

    private String time(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    void show(List<FilePreview> previews, ZoneId shownIn) {
        zone = shownIn;
        viewer.setInput(previews);
    }
}
