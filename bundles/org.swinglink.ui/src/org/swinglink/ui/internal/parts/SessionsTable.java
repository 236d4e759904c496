package org.swinglink.ui.internal.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.swinglink.store.Metric;
import org.swinglink.store.SeasonQueries.Period;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.table.Column;
import org.swinglink.ui.internal.table.LazyTable;

/** A player's sessions, one row each with its aggregates; a metric nothing measured stays empty. */
final class SessionsTable {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final LazyTable<Period> table;

    SessionsTable(Composite parent, ZoneId zone) {
        table = new LazyTable<>(parent, columns(zone));
        table.keepSelectionBy(Period::start);
        table.table().setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_SESSIONS_TABLE);
    }

    /** "2026-03-01 15:02-16:10" in the workbench's zone. */
    static String label(Period period, ZoneId zone) {
        return DAY_TIME.format(period.start().atZone(zone)) + "-" + TIME.format(period.end().atZone(zone));
    }

    private static List<Column<Period>> columns(ZoneId zone) {
        List<Column<Period>> columns = new ArrayList<>();
        columns.add(Column.text("Session", 23, (Period p) -> label(p, zone)).sortedBy(Period::start));
        for (Metric metric : Metric.values()) {
            columns.add(Column.number(Cells.heading(metric), (Period p) -> metric.of(p.aggregates()), metric::format));
        }
        return columns;
    }

    void show(List<Period> periods) {
        table.show(periods);
    }

    void select(Period period) {
        table.select(period);
    }

    /** Tells which session the user selected (null when none or several). */
    void onSelect(Consumer<Period> selected) {
        table.table().addListener(SWT.Selection, event -> {
            List<Period> chosen = table.selection();
            selected.accept(chosen.size() == 1 ? chosen.get(0) : null);
        });
    }

    /** The one selected session, or null. */
    Period selected() {
        List<Period> chosen = table.selection();
        return chosen.size() == 1 ? chosen.get(0) : null;
    }

    List<Period> rows() {
        return table.rows();
    }

    Table control() {
        return table.table();
    }
}
