package org.swinglink.ui.internal.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.swinglink.model.SensorSwing;
import org.swinglink.ui.internal.parts.Cells;
import org.swinglink.ui.internal.table.Column;

/** The unassigned swings' columns, each with the order a click on its header sorts by. */
public final class SwingColumns {
    /** A column and how its values compare (numbers and times by value, not by their text). */
    public record Sortable(Column<SensorSwing> column, Comparator<SensorSwing> order) {
    }

    private SwingColumns() {
    }

    public static List<Sortable> of(ZoneId zone) {
        return List.of(
                new Sortable(Column.text("ID", 10, s -> Cells.shortId(s.getId())), by(SensorSwing::getId)),
                new Sortable(Column.text("Sensor", 14, SensorSwing::getSensorType), by(SensorSwing::getSensorType)),
                new Sortable(Column.text("Time", 19, s -> Cells.time(s.getSensorTimestamp(), zone)),
                        by(SensorSwing::getSensorTimestamp)),
                new Sortable(Column.text("Import", 10, s -> Cells.shortId(importId(s))), by(SwingColumns::importCreated)),
                new Sortable(Column.text("File", 28, SensorSwing::getSourceFile), by(SensorSwing::getSourceFile)),
                new Sortable(Column.number("Line", SensorSwing::getSourceLine), by(SensorSwing::getSourceLine)),
                new Sortable(Column.<SensorSwing>decimal("Bat speed", SensorSwing::getBatSpeed), by(SensorSwing::getBatSpeed)),
                new Sortable(Column.<SensorSwing>decimal("Attack angle", SensorSwing::getAttackAngle),
                        by(SensorSwing::getAttackAngle)));
    }

    public static List<Column<SensorSwing>> columns(List<Sortable> sortables) {
        return sortables.stream().map(Sortable::column).toList();
    }

    private static String importId(SensorSwing swing) {
        return swing.getImportSession() == null ? null : swing.getImportSession().getId();
    }

    private static Instant importCreated(SensorSwing swing) {
        return swing.getImportSession() == null ? null : swing.getImportSession().getCreatedAt();
    }

    /** Missing values after the present ones (before them when the order is reversed). */
    private static <U extends Comparable<? super U>> Comparator<SensorSwing> by(Function<SensorSwing, U> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
