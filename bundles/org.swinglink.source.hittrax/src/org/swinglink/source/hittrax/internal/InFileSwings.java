package org.swinglink.source.hittrax.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.csv.CsvHeader;
import org.swinglink.source.csv.CsvRow;

/**
 * The swing a linked bat sensor measured for a row of a HitTrax export, when the export carries
 * that sensor's columns. HitTrax writes 0 in every sensor cell of a pitch the sensor did not
 * record; such a row is a ball without a swing.
 */
final class InFileSwings {
    /** How many of a set's columns a header needs before its cells are read as that sensor's swing. */
    static final int MIN_COLUMNS = 2;

    private record Resolved(SensorColumnSet.Column column, int index, String headerName) {
    }

    private final SensorColumnSet set;
    private final List<Resolved> columns;

    private InFileSwings(SensorColumnSet set, List<Resolved> columns) {
        this.set = set;
        this.columns = columns;
    }

    /** The first set whose columns the header has, or empty when the export carries no sensor's. */
    static Optional<InFileSwings> in(CsvHeader header, List<SensorColumnSet> sets) {
        for (SensorColumnSet set : sets) {
            List<Resolved> found = new ArrayList<>();
            for (SensorColumnSet.Column column : set.columns()) {
                header.indexOf(column.name()).ifPresent(
                        index -> found.add(new Resolved(column, index, header.names().get(index).strip())));
            }
            if (found.size() >= MIN_COLUMNS) {
                return Optional.of(new InFileSwings(set, List.copyOf(found)));
            }
        }
        return Optional.empty();
    }

    SensorColumnSet set() {
        return set;
    }

    /** The row's swing, at the event's time and for the event's batter; empty when no sensor cell holds a reading. */
    Optional<SensorSwingRecord> read(CsvRow row, BattedBallRecord event) {
        SensorSwingRecord.Builder swing = SensorSwingRecord.builder(row.line(), event.timestamp())
                .playerName(event.playerName());
        Map<String, String> raw = new LinkedHashMap<>();
        boolean measured = false;
        for (Resolved resolved : columns) {
            SensorColumnSet.Column column = resolved.column();
            Double value = row.number(resolved.index());
            String text = row.text(resolved.index());
            raw.put(resolved.headerName(), text == null ? "" : text);
            if (value == null) {
                continue;
            }
            if (value != 0) {
                measured = true;
            } else if (column.zeroIsMissing()) {
                continue;
            }
            column.field().set(swing, column.unit().convert(value));
        }
        return measured ? Optional.of(swing.raw(raw).build()) : Optional.empty();
    }
}
