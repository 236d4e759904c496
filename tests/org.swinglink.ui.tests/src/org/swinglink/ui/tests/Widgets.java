package org.swinglink.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.swinglink.ui.SwingLinkUi;

/** Finds and reads widgets; call on the UI thread. */
final class Widgets {
    private Widgets() {
    }

    /** The control the views tagged with {@link SwingLinkUi#WIDGET_ID} {@code id}, or null. */
    static <T extends Control> T byId(Composite root, Class<T> type, String id) {
        for (T candidate : all(root, type)) {
            if (Objects.equals(id, candidate.getData(SwingLinkUi.WIDGET_ID))) {
                return candidate;
            }
        }
        return null;
    }

    static <T extends Control> List<T> all(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (control.isDisposed()) {
            return;
        }
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    static List<String> headers(Table table) {
        List<String> headers = new ArrayList<>();
        for (TableColumn column : table.getColumns()) {
            headers.add(column.getText());
        }
        return headers;
    }

    /** A row's cells; reading a virtual table's item makes JFace fill it, as scrolling to it would. */
    static List<String> row(Table table, int index) {
        TableItem item = table.getItem(index);
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < table.getColumnCount(); column++) {
            cells.add(item.getText(column));
        }
        return cells;
    }

    /** The tooltip the table shows when the mouse rests on a cell, as a hover there would set it. */
    static String toolTipOver(Table table, int row, int column) {
        org.eclipse.swt.graphics.Rectangle cell = table.getItem(row).getBounds(column);
        org.eclipse.swt.widgets.Event hover = new org.eclipse.swt.widgets.Event();
        hover.x = cell.x + cell.width / 2;
        hover.y = cell.y + cell.height / 2;
        table.notifyListeners(org.eclipse.swt.SWT.MouseHover, hover);
        return table.getToolTipText();
    }
}
