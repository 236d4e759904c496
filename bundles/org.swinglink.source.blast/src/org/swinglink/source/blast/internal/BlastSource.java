package org.swinglink.source.blast.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.source.csv.CsvSource;
import org.swinglink.source.csv.CsvTable;
import org.swinglink.source.csv.RowReader;

/**
 * Blast Motion exports in their three known variants: the app's per-player Metrics export, Blast
 * Connect's team "All swings" export and the 2017-2018 legacy export. The header is found below
 * any metadata lines and decides the variant.
 */
// built in: a failure of this parser is a defect of SwingLink itself (see SourceRegistry)
@Component(service = SwingSource.class, property = "swinglink.source.builtin=true")
public class BlastSource extends CsvSource {

    public BlastSource() {
        super("blast", "Blast Motion", RecordKind.SENSOR_SWINGS, BlastLayout::confidence,
                "a Blast Motion header such as 'Date,Equipment,Handedness,Swing Details,...,Bat Speed (mph),...' "
                        + "or 'captureid, Swing Timestamp, timezone, first_name, ...'");
    }

    @Override
    protected RowReader rowReader(CsvTable table, ReadOptions options) throws SourceFormatException {
        BlastLayout layout = BlastLayout.of(table.header()).orElseThrow();
        String playerOfFile = PlayerNames.fromPreamble(table.preamble()).orElse(null);
        return RowReader.swings(BlastRowReader.forLayout(layout, table, options.zone(), playerOfFile)::read);
    }

    @Override
    public Optional<String> playerNameFromFileName(String fileName) {
        return PlayerNames.fromFileName(fileName);
    }
}
