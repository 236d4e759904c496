package org.swinglink.ui.internal.parts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.SensorSwing.SwingMetric;
import org.swinglink.store.PlayerRow;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.table.Column;
import org.swinglink.ui.internal.table.LazyTable;

/**
 * A player's rows: when, whether paired, the HitTrax side (pitch and ball: mph, degrees, feet), the sensor side
 * (mph, degrees, milliseconds, watts), and how far apart a pair's times were after the clock
 * offset. A side the row does not have stays empty.
 */
final class PlayerRowsTable {
    private final LazyTable<PlayerRow> table;

    PlayerRowsTable(Composite parent, ZoneId zone) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        table = new LazyTable<>(holder, columns(zone));
        table.table().setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_TABLE);
    }

    static List<Column<PlayerRow>> columns(ZoneId zone) {
        List<Column<PlayerRow>> columns = new ArrayList<>(List.of(
                Column.text("Time", 19, (PlayerRow row) -> Cells.time(row.time(), zone)).sortedBy(PlayerRow::time),
                Column.text("Pairing", 14, PlayerRow::pairingLabel),
                Column.number("Pitch speed", ball(HitTraxEvent::getPitchSpeed), PlayerRowsTable::oneDecimal),
                Column.number("Exit velo", ball(HitTraxEvent::getExitVelocity), PlayerRowsTable::oneDecimal),
                Column.number("Launch angle", ball(HitTraxEvent::getLaunchAngle), PlayerRowsTable::oneDecimal),
                Column.number("Distance", ball(HitTraxEvent::getDistance), PlayerRowsTable::whole),
                Column.text("Result", 8, (PlayerRow row) -> row.hasEvent() ? row.event().getResult() : "")));
        for (SwingMetric metric : SwingMetric.values()) {
            if (metric.shownInTables()) {
                columns.add(Column.number(metric.label(), swing(metric::of), metric::format));
            }
        }
        columns.add(Column.text("Sensor", 16, (PlayerRow row) -> row.hasSwing() ? row.swing().getSensorType() : ""));
        columns.add(Column.number("\u0394 ms", swing(SensorSwing::getMatchTimeDelta), PlayerRowsTable::signedWhole));
        return List.copyOf(columns);
    }

    void show(List<PlayerRow> rows) {
        table.show(rows);
    }

    /** Opens the focused row on double-click or Enter (both arrive as the table's default selection). */
    void onOpen(Consumer<PlayerRow> open) {
        table.table().addListener(SWT.DefaultSelection, event -> {
            List<PlayerRow> selected = table.selection();
            if (selected.size() == 1) {
                open.accept(selected.get(0));
            }
        });
    }

    Table control() {
        return table.table();
    }

    private static <V> Function<PlayerRow, V> ball(Function<HitTraxEvent, V> metric) {
        return row -> row.hasEvent() ? metric.apply(row.event()) : null;
    }

    private static <V> Function<PlayerRow, V> swing(Function<SensorSwing, V> metric) {
        return row -> row.hasSwing() ? metric.apply(row.swing()) : null;
    }

    private static String whole(Double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String signedWhole(Double value) {
        return String.format(Locale.ROOT, "%+.0f", value);
    }

    private static String oneDecimal(Double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

}
