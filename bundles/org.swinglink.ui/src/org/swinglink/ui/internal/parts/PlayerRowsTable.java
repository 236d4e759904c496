package org.swinglink.ui.internal.parts;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.table.Column;
import org.swinglink.ui.internal.table.LazyTable;

/**
 * A player's matched swings: the HitTrax side (mph, degrees, feet), then the sensor side (mph,
 * degrees, milliseconds, watts), then how far apart the paired times were after the clock offset.
 */
final class MatchedSwingsTable {
    static final List<Column<HitTraxEvent>> COLUMNS = List.of(
            Column.text("Time", 19, (HitTraxEvent e) -> Cells.time(e.getEventTimestamp())).sortedBy(HitTraxEvent::getEventTimestamp),
            Column.number("Exit velo", HitTraxEvent::getExitVelocity, MatchedSwingsTable::oneDecimal),
            Column.number("Launch angle", HitTraxEvent::getLaunchAngle, MatchedSwingsTable::oneDecimal),
            Column.number("Distance", HitTraxEvent::getDistance, MatchedSwingsTable::whole),
            Column.text("Result", 8, HitTraxEvent::getResult),
            Column.number("Bat speed", swing(SensorSwing::getBatSpeed), MatchedSwingsTable::oneDecimal),
            Column.number("Attack angle", swing(SensorSwing::getAttackAngle), MatchedSwingsTable::oneDecimal),
            Column.number("Time to contact", swing(SensorSwing::getTimeToContact), MatchedSwingsTable::milliseconds),
            Column.number("Hand speed", swing(SensorSwing::getPeakHandSpeed), MatchedSwingsTable::oneDecimal),
            Column.number("Power", swing(SensorSwing::getPowerOutput), MatchedSwingsTable::watts),
            Column.text("Sensor", 8, (HitTraxEvent e) -> e.getSensorSwing() == null ? "" : e.getSensorSwing().getSensorType()),
            Column.number("\u0394 ms", swing(SensorSwing::getMatchTimeDelta), MatchedSwingsTable::signedWhole));

    private final LazyTable<HitTraxEvent> table;

    MatchedSwingsTable(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        table = new LazyTable<>(holder, COLUMNS);
        table.table().setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_TABLE);
    }

    void show(List<HitTraxEvent> pairs) {
        table.show(pairs);
    }

    Table control() {
        return table.table();
    }

    private static <V> Function<HitTraxEvent, V> swing(Function<SensorSwing, V> metric) {
        return event -> event.getSensorSwing() == null ? null : metric.apply(event.getSensorSwing());
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

    private static String milliseconds(Double value) {
        return String.format(Locale.ROOT, "%.0f ms", value);
    }

    private static String watts(Double value) {
        return String.format(Locale.ROOT, "%.0f W", value);
    }
}
