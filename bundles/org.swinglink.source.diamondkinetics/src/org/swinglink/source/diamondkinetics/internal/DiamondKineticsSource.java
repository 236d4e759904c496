package org.swinglink.source.diamondkinetics.internal;

import org.osgi.service.component.annotations.Component;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.source.csv.CsvSource;
import org.swinglink.source.csv.CsvTable;
import org.swinglink.source.csv.RowReader;

/**
 * Diamond Kinetics swing data in CSV, whichever of DK's three spellings the columns use (display
 * names, team spreadsheet names, API names). Header-driven: columns are found by name, never by
 * position, below any title lines.
 */
// built in: a failure of this parser is a defect of SwingLink itself (see SourceRegistry)
@Component(service = SwingSource.class, property = "swinglink.source.builtin=true")
public class DiamondKineticsSource extends CsvSource {

    public DiamondKineticsSource() {
        super("diamond_kinetics", "Diamond Kinetics", RecordKind.SENSOR_SWINGS, DkColumns::confidence,
                "a Diamond Kinetics header with at least two of Max Barrel Speed, Max Hand Speed, Trigger To Impact, "
                        + "Impact Momentum, Applied Swing Power (or their API names)");
    }

    @Override
    protected RowReader rowReader(CsvTable table, ReadOptions options) throws SourceFormatException {
        return RowReader.swings(new DkRowReader(table, options.zone())::read);
    }
}
