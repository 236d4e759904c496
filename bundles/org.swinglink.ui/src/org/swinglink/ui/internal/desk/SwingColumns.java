package org.swinglink.ui.internal.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.swinglink.model.SensorSwing;
import org.swinglink.store.RowIds;
import org.swinglink.ui.internal.parts.Cells;
import org.swinglink.ui.internal.table.Column;

/** The unassigned swings' columns; numbers and times sort by value, not by their text. */
public final class SwingColumns {
    private SwingColumns() {
    }

    public static List<Column<SensorSwing>> of(ZoneId zone) {
        return List.of(
                Column.<SensorSwing>text("ID", 10, s -> Cells.shortId(s.getId())).sortedBy(s -> RowIds.sortKey(s.getId())),
                Column.<SensorSwing>text("Sensor", 14, SensorSwing::getSensorType),
                Column.<SensorSwing>text("Time", 19, s -> Cells.time(s.getSensorTimestamp(), zone))
                        .sortedBy(SensorSwing::getSensorTimestamp),
                Column.<SensorSwing>text("Import", 10, s -> Cells.shortId(importId(s))).sortedBy(SwingColumns::importCreated),
                Column.<SensorSwing>text("File", 28, SensorSwing::getSourceFile),
                Column.<SensorSwing>number("Line", SensorSwing::getSourceLine).sortedBy(SensorSwing::getSourceLine),
                Column.<SensorSwing>decimal("Bat speed", SensorSwing::getBatSpeed).sortedBy(SensorSwing::getBatSpeed),
                Column.<SensorSwing>decimal("Attack angle", SensorSwing::getAttackAngle).sortedBy(SensorSwing::getAttackAngle),
                Column.<SensorSwing>text("Paired", 10, SwingColumns::pairing));
    }

    /** "in file" for a swing the tracker's own export paired, "by time", "by analyst", or empty when unpaired. */
    private static String pairing(SensorSwing swing) {
        return swing.getPairingMethod() == null ? "" : swing.getPairingMethod().label();
    }

    private static String importId(SensorSwing swing) {
        return swing.getImportSession() == null ? null : swing.getImportSession().getId();
    }

    private static Instant importCreated(SensorSwing swing) {
        return swing.getImportSession() == null ? null : swing.getImportSession().getCreatedAt();
    }
}
