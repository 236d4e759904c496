package org.swinglink.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.table.BackgroundLoad;
import org.swinglink.ui.internal.table.Column;
import org.swinglink.ui.internal.table.LazyTable;

/** A status line over a lazy table whose rows come from one query, loaded off the UI thread. */
final class TableView<T> {
    private final Label status;
    private final LazyTable<T> table;
    private final BackgroundLoad<List<T>> load;
    private final Function<List<T>, String> summary;

    TableView(Composite parent, String idPrefix, List<Column<T>> columns, UISynchronize sync,
            Function<List<T>, String> summary) {
        this.summary = summary;
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        status.setData(SwingLinkUi.WIDGET_ID, idPrefix + ".status");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        table = new LazyTable<>(parent, columns);
        table.table().setData(SwingLinkUi.WIDGET_ID, idPrefix + ".table");
        load = new BackgroundLoad<>(idPrefix, table.table(), sync);
    }

    /** Loads the rows again; without a database, says why there is none ({@code noDatabase}). */
    void reload(Store store, String noDatabase, Function<Store, List<T>> query) {
        if (store == null) {
            setStatus(noDatabase);
            table.show(List.of());
            return;
        }
        setStatus("Loading...");
        load.start(() -> query.apply(store), rows -> {
            table.show(rows);
            setStatus(summary.apply(rows));
        }, failure -> setStatus("Cannot read the database: " + failure.getMessage()));
    }

    /**
     * Opens a row on double-click or Enter (both arrive as the table's default selection) and from an
     * "Open" item in the table's context menu.
     */
    void onOpen(Consumer<T> open) {
        TableViewer viewer = table.viewer();
        viewer.addDoubleClickListener(event -> selected().ifPresent(open));
        MenuManager menu = new MenuManager();
        Action openAction = new Action("&Open") {
            @Override
            public void run() {
                selected().ifPresent(open);
            }
        };
        menu.add(openAction);
        menu.addMenuListener(shown -> openAction.setEnabled(selected().isPresent()));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        viewer.getTable().addDisposeListener(event -> menu.dispose());
    }

    @SuppressWarnings("unchecked")
    private Optional<T> selected() {
        Object first = table.viewer().getStructuredSelection().getFirstElement();
        return Optional.ofNullable((T) first);
    }

    void setFocus() {
        table.table().setFocus();
    }

    private void setStatus(String text) {
        status.setText(text);
        status.getParent().layout(new Control[] { status });
    }
}
