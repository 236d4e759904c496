package org.swinglink.ui.internal.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A virtual JFace table over an immutable list: rows get their cells only when they scroll into
 * view, so tens of thousands of swings cost nothing until seen. Columns share the width by their
 * weights, never narrower than their header or their expected content. A click on a header sorts the
 * rows by that column's {@link Column#order()}; a second click reverses. JFace's ViewerComparator does
 * not work on virtual tables, so the list itself is sorted.
 * <p>
 * The selection belongs to the rows, not to their positions: whenever the rows are replaced or
 * sorted, the rows selected before stay selected where they went (found by {@link #keepSelectionBy
 * their key}), and rows that are gone leave nothing selected in their place.
 */
public final class LazyTable<T> {
    private final TableViewer viewer;
    private final TableColumnLayout columnLayout = new TableColumnLayout();
    private List<T> loaded = List.of();
    private List<T> rows = List.of();
    private Comparator<T> order;
    private Function<T, ?> key = row -> row;

    public LazyTable(Composite parent, List<Column<T>> columns) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(columnLayout);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        viewer = new TableViewer(holder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new RowsProvider());
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        CellToolTips.install(table);
        GC gc = new GC(table);
        try {
            for (Column<T> column : columns) {
                addColumn(column, gc);
            }
        } finally {
            gc.dispose();
        }
        viewer.setInput(rows);
    }

    private void addColumn(Column<T> column, GC gc) {
        // Digits are the widest common characters of proportional fonts; headers get room for the sort arrow.
        int cells = column.width() * gc.textExtent("0").x;
        int header = gc.textExtent(column.title()).x + 24;
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.alignment());
        viewerColumn.getColumn().setText(column.title());
        columnLayout.setColumnData(viewerColumn.getColumn(), new ColumnWeightData(column.width(), Math.max(cells, header) + 12));
        viewerColumn.getColumn().setMoveable(true);
        viewerColumn.setLabelProvider(new CellText<>(column));
        TableColumn sortBy = viewerColumn.getColumn();
        sortBy.addListener(SWT.Selection, event -> {
            Table table = viewer.getTable();
            boolean ascending = table.getSortColumn() != sortBy || table.getSortDirection() != SWT.UP;
            table.setSortColumn(sortBy);
            table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
            order = ascending ? column.order() : column.order().reversed();
            refill();
        });
    }

    /**
     * How a row is recognised when the rows are read again (new objects for the same data), e.g. by
     * its id; by default the row itself.
     */
    public void keepSelectionBy(Function<T, ?> rowKey) {
        key = rowKey;
    }

    /** The selected rows, in the order shown. */
    public List<T> selection() {
        List<T> selected = new ArrayList<>();
        for (int index : viewer.getTable().getSelectionIndices()) {
            if (index < rows.size()) {
                selected.add(rows.get(index));
            }
        }
        return selected;
    }

    /** Selects the row with the key of {@code row} (nothing when it is not shown) and scrolls to it. */
    public void select(T row) {
        reselect(row == null ? Set.of() : Set.of(key.apply(row)));
        viewer.getTable().showSelection();
    }

    /** Replaces every row, kept in the order the user chose by a header if any; call on the UI thread. */
    public void show(List<T> newRows) {
        loaded = List.copyOf(newRows);
        refill();
    }

    private void refill() {
        Set<Object> selected = new HashSet<>();
        selection().forEach(row -> selected.add(key.apply(row)));
        if (order == null) {
            rows = loaded;
        } else {
            List<T> sorted = new ArrayList<>(loaded);
            sorted.sort(order); // stable: equal rows keep the query's order
            rows = List.copyOf(sorted);
        }
        viewer.setInput(rows);
        viewer.setItemCount(rows.size());
        viewer.refresh(); // items already filled show their old rows until asked again
        reselect(selected);
    }

    /** Selects the rows with these keys wherever they are now; SWT alone would keep the old positions. */
    private void reselect(Set<Object> keys) {
        Table table = viewer.getTable();
        table.deselectAll();
        if (keys.isEmpty()) {
            return;
        }
        int[] indices = new int[keys.size()];
        int found = 0;
        for (int i = 0; i < rows.size() && found < indices.length; i++) {
            if (keys.contains(key.apply(rows.get(i)))) {
                indices[found++] = i;
            }
        }
        table.select(Arrays.copyOf(indices, found));
    }

    public List<T> rows() {
        return rows;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Table table() {
        return viewer.getTable();
    }

    private final class RowsProvider implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            if (index < rows.size()) {
                viewer.replace(rows.get(index), index);
            }
        }

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
            // rows are replaced through show(List)
        }
    }

    private static final class CellText<T> extends ColumnLabelProvider {
        private final Column<T> column;

        CellText(Column<T> column) {
            this.column = column;
        }

        @Override
        @SuppressWarnings("unchecked")
        public String getText(Object element) {
            String text = column.text().apply((T) element);
            return text == null ? "" : text;
        }
    }
}
