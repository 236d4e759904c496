package org.swinglink.ui.internal.wizard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.swinglink.importer.FilePreview;
import org.swinglink.ui.SwingLinkUi;

/** One row per file of the preview; a file that cannot be imported is written in red. */
final class PreviewTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final TableViewer viewer;
    private ZoneId zone;

    PreviewTable(Composite parent, ZoneId zone) {
        this.zone = zone;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(SwingLinkUi.WIDGET_ID, WizardIds.PREVIEW_TABLE);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("File", 170, FilePreview::fileName);
        column("Source", 95, p -> p.sourceName() == null ? "(none)" : p.sourceName());
        column("Confidence", 85, p -> p.confidence() + "%");
        column("Rows", 45, p -> String.valueOf(p.records()));
        column("Bad rows", 70, p -> String.valueOf(p.badRows()));
        column("Players", 90, p -> String.join(", ", p.players()));
        column("First", 140, p -> time(p.first()));
        column("Last", 140, p -> time(p.last()));
        column("Problem", 400, p -> p.problem() == null ? "" : p.problem());
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
                return ((FilePreview) element).problem() == null ? null
                        : viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((FilePreview) element).problem();
            }
        });
    }

    private String time(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    void show(List<FilePreview> previews, ZoneId shownIn) {
        zone = shownIn;
        viewer.setInput(previews);
    }
}
