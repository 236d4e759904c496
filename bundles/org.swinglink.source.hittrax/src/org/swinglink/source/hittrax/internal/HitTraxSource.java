package org.swinglink.source.hittrax.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.source.csv.CsvHeader;
import org.swinglink.source.csv.CsvTable;

/**
 * HitTrax session exports: one row per pitch, a header found below any title lines, values
 * separated by comma and space, local timestamps without a zone. When the export carries a linked
 * bat sensor's columns ({@code sensor-columns.csv}), each row the sensor measured also yields that
 * swing, paired with its pitch by the file itself.
 */
@Component(service = SwingSource.class)
public class HitTraxSource implements SwingSource {
    static final String ID = "hittrax";
    private static final List<SensorColumnSet> SENSOR_COLUMNS = SensorColumnSet.builtIn();
    private static final String EXPECTED_HEADER = "a HitTrax header such as '#, AB, Date, Time Stamp, Pitch, Strike Zone, P. Type, Velo, LA, Dist, Res, ...'";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "HitTrax";
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.BATTED_BALL_EVENTS;
    }

    @Override
    public int confidence(FileSample sample) {
        return CsvHeader.firstHeaderConfidence(sample, HitTraxColumns::confidence);
    }

    @Override
    public void read(SourceFile file, ReadOptions options, RecordSink sink) throws SourceFormatException, IOException {
        try (CsvTable table = CsvTable.open(file, HitTraxColumns::isHeader, FileSample.MAX_LINES, EXPECTED_HEADER)) {
            HitTraxRowReader rows = new HitTraxRowReader(table, options.zone());
            Optional<InFileSwings> swings = InFileSwings.in(table.header(), SENSOR_COLUMNS);
            table.forEachRow(row -> {
                BattedBallRecord event = rows.read(row);
                Optional<SensorSwingRecord> swing = swings.flatMap(columns -> columns.read(row, event));
                if (swing.isPresent()) {
                    sink.pairedInFile(event, swing.get(), swings.get().set().sensorType());
                } else {
                    sink.battedBall(event);
                }
            }, sink::rowProblem);
        }
    }
}
