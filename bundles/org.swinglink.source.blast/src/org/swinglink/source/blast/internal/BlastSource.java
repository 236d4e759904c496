package org.swinglink.source.blast.internal;

import java.io.IOException;
import java.util.Optional;

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
 * Blast Motion exports in their three known variants: the app's per-player Metrics export, Blast
 * Connect's team "All swings" export and the 2017-2018 legacy export. The header is found below
 * any metadata lines and decides the variant.
 */
@Component(service = SwingSource.class)
public class BlastSource implements SwingSource {
    static final String ID = "blast";
    private static final String EXPECTED_HEADER = "a Blast Motion header such as 'Date,Equipment,Handedness,"
            + "Swing Details,...,Bat Speed (mph),...' or 'captureid, Swing Timestamp, timezone, first_name, ...'";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Blast Motion";
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.SENSOR_SWINGS;
    }

    @Override
    public int confidence(FileSample sample) {
        return CsvHeader.firstHeaderConfidence(sample, BlastLayout::confidence);
    }

    @Override
    public void read(SourceFile file, ReadOptions options, RecordSink sink) throws SourceFormatException, IOException {
        try (CsvTable table = CsvTable.open(file, BlastLayout::isHeader, FileSample.MAX_LINES, EXPECTED_HEADER)) {
            BlastLayout layout = BlastLayout.of(table.header()).orElseThrow();
            String playerOfFile = PlayerNames.fromPreamble(table.preamble()).orElse(null);
            BlastRowReader rows = BlastRowReader.forLayout(layout, table, options.zone(), playerOfFile);
            table.forEachRow(row -> sink.sensorSwing(rows.read(row)), sink::rowProblem);
        }
    }

    @Override
    public Optional<String> playerNameFromFileName(String fileName) {
        return PlayerNames.fromFileName(fileName);
    }
}
