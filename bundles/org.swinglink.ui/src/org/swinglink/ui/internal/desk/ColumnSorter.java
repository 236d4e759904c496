package org.swinglink.ui.internal.desk;

import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Sorts a virtual table's rows by the column whose header was clicked; a second click reverses the
 * order. The rows are sorted in memory (a lazy table has no viewer comparator) and shown again.
 */
public final class ColumnSorter<T> {
    private final Table table;
    private final List<Comparator<T>> orders;
    private final Runnable resort;
    private int column = -1;
    private boolean descending;

    /** {@code orders} has one comparator per column, in the table's creation order. */
    public ColumnSorter(Table table, List<Comparator<T>> orders, Runnable resort) {
        this.table = table;
        this.orders = List.copyOf(orders);
        this.resort = resort;
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            int index = i;
            columns[i].addListener(SWT.Selection, e -> clicked(index));
        }
    }

    /** The rows in the chosen order; unchanged until a header was clicked. */
    public List<T> sort(List<T> rows) {
        if (column < 0) {
            return rows;
        }
        Comparator<T> order = orders.get(column);
        return rows.stream().sorted(descending ? order.reversed() : order).toList();
    }

    private void clicked(int index) {
        descending = index == column && !descending;
        column = index;
        table.setSortColumn(table.getColumn(index));
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        resort.run();
    }
}
