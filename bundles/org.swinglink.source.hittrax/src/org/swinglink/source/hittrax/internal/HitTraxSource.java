package org.swinglink.source.hittrax.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.swinglink.source.api.FileSample;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.source.csv.CsvHeader;
import org.swinglink.source.csv.CsvTable;

/**
 * HitTrax session exports: one row per pitch, a header found below any title lines, values
 * separated by comma and space, local timestamps without a zone.
 */
@Component(service = SwingSource.class)
public class HitTraxSource implements SwingSource {
    static final String ID = "hittrax";
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
            table.forEachRow(row -> sink.battedBall(rows.read(row)), sink::rowProblem);
        }
    }
}
