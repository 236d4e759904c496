package org.swinglink.ui.internal.parts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.swinglink.store.StoredPair;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.dialogs.CloseOnlyDialog;

/**
 * A row of the Player view as its files had it: the sensor swing's and the batted ball's original
 * columns side by side, each under the file and line it was read from, so an analyst can check a
 * pair against the exports themselves.
 */
final class RowDetailsDialog extends CloseOnlyDialog {
    static final String TITLE = "As the files had it";

    private final StoredPair pair;
    private final ZoneId zone;

    RowDetailsDialog(Shell parent, StoredPair pair, ZoneId zone) {
        super(parent);
        this.pair = pair;
        this.zone = zone;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
        shell.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.ROW_DETAILS_SHELL);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).margins(12, 12).applyTo(area);
        side(area, SwingLinkUi.ROW_DETAILS_SWING, pair.swing() == null ? "No sensor swing is paired with this ball."
                : "Sensor swing (" + pair.swing().getSensorType() + "), " + time(pair.swing().getSensorTimestamp()) + "\n"
                        + pair.swing().getSourceFile() + ", line " + pair.swing().getSourceLine(), pair.swingColumns());
        side(area, SwingLinkUi.ROW_DETAILS_EVENT, pair.event() == null ? "No HitTrax ball is paired with this swing."
                : "HitTrax event, " + time(pair.event().getEventTimestamp()) + "\n" + pair.event().getSession().getSourceFile()
                        + ", line " + pair.event().getSourceLine(), pair.eventColumns());
        return area;
    }

    private void side(Composite area, String id, String heading, Map<String, String> columns) {
        Composite side = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(side);
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 420).applyTo(side);
        new Label(side, SWT.WRAP).setText(heading);
        if (!heading.contains(", line ")) {
            return; // no row on this side
        }
        Table table = new Table(side, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setData(SwingLinkUi.WIDGET_ID, id);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        new TableColumn(table, SWT.LEFT).setText("Column");
        new TableColumn(table, SWT.LEFT).setText("As written");
        columns.forEach((column, text) -> new TableItem(table, SWT.NONE).setText(new String[] { column, text }));
        if (columns.isEmpty()) {
            new TableItem(table, SWT.NONE).setText(new String[] { "(its file is not kept)", "" });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private String time(Instant instant) {
        return instant == null ? "no time" : Cells.time(instant, zone);
    }
}
