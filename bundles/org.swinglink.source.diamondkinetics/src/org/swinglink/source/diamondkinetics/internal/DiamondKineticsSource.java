package org.swinglink.source.diamondkinetics.internal;

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
 * Diamond Kinetics swing data in CSV, whichever of DK's three spellings the columns use (display
 * names, team spreadsheet names, API names). Header-driven: columns are found by name, never by
 * position, below any title lines.
 */
@Component(service = SwingSource.class)
public class DiamondKineticsSource implements SwingSource {
    static final String ID = "diamond_kinetics";
    private static final String EXPECTED_HEADER = "a Diamond Kinetics header with at least two of Max Barrel Speed, "
            + "Max Hand Speed, Trigger To Impact, Impact Momentum, Applied Swing Power (or their API names)";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Diamond Kinetics";
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.SENSOR_SWINGS;
    }

    @Override
    public int confidence(FileSample sample) {
        return CsvHeader.firstHeaderConfidence(sample, DkColumns::confidence);
    }

    @Override
    public void read(SourceFile file, ReadOptions options, RecordSink sink) throws SourceFormatException, IOException {
        try (CsvTable table = CsvTable.open(file, DkColumns::isHeader, FileSample.MAX_LINES, EXPECTED_HEADER)) {
            DkRowReader rows = new DkRowReader(table, options.zone());
            table.forEachRow(row -> sink.sensorSwing(rows.read(row)), sink::rowProblem);
        }
    }
}
