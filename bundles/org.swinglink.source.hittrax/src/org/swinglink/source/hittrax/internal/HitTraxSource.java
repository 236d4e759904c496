package org.swinglink.source.hittrax.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.source.csv.CsvSource;
import org.swinglink.source.csv.CsvTable;
import org.swinglink.source.csv.RowReader;

/**
 * HitTrax session exports: one row per pitch, a header found below any title lines, values
 * separated by comma and space, local timestamps without a zone. When the export carries a linked
 * bat sensor's columns ({@code sensor-columns.csv}), each row the sensor measured also yields that
 * swing, paired with its pitch by the file itself.
 */
// built in: a failure of this parser is a defect of SwingLink itself (see SourceRegistry)
@Component(service = SwingSource.class, property = "swinglink.source.builtin=true")
public class HitTraxSource extends CsvSource {
    private static final List<SensorColumnSet> SENSOR_COLUMNS = SensorColumnSet.builtIn();

    public HitTraxSource() {
        super("hittrax", "HitTrax", RecordKind.BATTED_BALL_EVENTS, HitTraxColumns.HEADER,
                "a HitTrax header such as '#, AB, Date, Time Stamp, Pitch, Strike Zone, P. Type, Velo, LA, Dist, Res, ...'");
    }

    @Override
    protected RowReader rowReader(CsvTable table, ReadOptions options) throws SourceFormatException {
        HitTraxRowReader events = new HitTraxRowReader(table, options.zone());
        Optional<InFileSwings> swings = InFileSwings.in(table.header(), SENSOR_COLUMNS);
        return (row, sink) -> {
            BattedBallRecord event = events.read(row);
            Optional<SensorSwingRecord> swing = swings.flatMap(columns -> columns.read(row, event));
            if (swing.isPresent()) {
                sink.pairedInFile(event, swing.get(), swings.get().set().sensorType());
            } else {
                sink.battedBall(event);
            }
        };
    }
}
