package org.swinglink.ui.internal.table;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Shows a table cell's whole text as the table's tooltip when the mouse rests on a cell too narrow
 * for it (or whose text has several lines): long messages such as a file's problem stay readable
 * without widening the column. Works for virtual tables too: only the cell under the mouse is read.
 */
public final class CellToolTips {
    /** Room a cell's text leaves at its edges, in pixels; texts wider than the cell less this are cut off. */
    private static final int CELL_PADDING = 12;

    private final Table table;
    /** The cell whose text is the tooltip now, so moving to another cell takes the tooltip away. */
    private TableItem shownItem;
    private int shownColumn = -1;

    private CellToolTips(Table table) {
        this.table = table;
    }

    public static void install(Table table) {
        CellToolTips tips = new CellToolTips(table);
        table.addListener(SWT.MouseHover, tips::hovered);
        table.addListener(SWT.MouseMove, tips::moved);
        table.addListener(SWT.MouseExit, event -> tips.clear());
    }

    private void hovered(Event event) {
        Cell cell = cellAt(event.x, event.y);
        if (cell == null) {
            clear();
            return;
        }
        shownItem = cell.item;
        shownColumn = cell.column;
        table.setToolTipText(cutOff(cell) ? cell.item.getText(cell.column) : null);
    }

    private void moved(Event event) {
        if (shownItem == null) {
            return;
        }
        Cell cell = cellAt(event.x, event.y);
        if (cell == null || cell.item != shownItem || cell.column != shownColumn) {
            clear();
        }
    }

    private void clear() {
        shownItem = null;
        shownColumn = -1;
        if (table.getToolTipText() != null) {
            table.setToolTipText(null);
        }
    }

    private Cell cellAt(int x, int y) {
        int columns = Math.max(1, table.getColumnCount());
        int bottom = table.getClientArea().y + table.getClientArea().height;
        for (int index = table.getTopIndex(); index < table.getItemCount(); index++) {
            TableItem item = table.getItem(index);
            Rectangle row = item.getBounds();
            if (row.y > bottom) {
                return null;
            }
            if (y < row.y || y >= row.y + row.height) {
                continue;
            }
            for (int column = 0; column < columns; column++) {
                if (item.getBounds(column).contains(x, y)) {
                    return new Cell(item, column);
                }
            }
            return null;
        }
        return null;
    }

    private boolean cutOff(Cell cell) {
        String text = cell.item.getText(cell.column);
        if (text.isEmpty()) {
            return false;
        }
        if (text.indexOf('\n') >= 0) {
            return true;
        }
        Image image = cell.item.getImage(cell.column);
        int room = cell.item.getBounds(cell.column).width - CELL_PADDING - (image == null ? 0 : image.getBounds().width);
        GC gc = new GC(table);
        try {
            gc.setFont(cell.item.getFont(cell.column));
            return gc.textExtent(text).x > room;
        } finally {
            gc.dispose();
        }
    }

    private record Cell(TableItem item, int column) {
    }
}
