package org.swinglink.source.csv;

import java.util.function.Function;

import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.SensorSwingRecord;

/**
 * A format's row mapping: turns one data row into records for the sink. A cell that cannot be read
 * throws {@link CellException} (the {@link CsvRow} getters do), which becomes a row problem at the
 * row's line and the cell's column while reading goes on.
 *
 * @since 1.2
 */
@FunctionalInterface
public interface RowReader {

    /**
     * Reads one row.
     *
     * @param row  the row, its cells trimmed
     * @param sink where its records go
     * @throws CellException when a cell the record needs cannot be read
     */
    void read(CsvRow row, RecordSink sink);

    /**
     * {@return a reader that makes one sensor swing of each row}
     *
     * @param swing the row's swing
     */
    static RowReader swings(Function<CsvRow, SensorSwingRecord> swing) {
        return (row, sink) -> sink.sensorSwing(swing.apply(row));
    }

    /**
     * {@return a reader that makes one batted-ball event of each row}
     *
     * @param event the row's event
     */
    static RowReader battedBalls(Function<CsvRow, BattedBallRecord> event) {
        return (row, sink) -> sink.battedBall(event.apply(row));
    }
}
