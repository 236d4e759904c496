package com.example.swingtag.parser.internal;

import org.osgi.service.component.annotations.Component;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;
import org.swinglink.source.csv.ColumnRule;
import org.swinglink.source.csv.CsvSource;
import org.swinglink.source.csv.CsvTable;
import org.swinglink.source.csv.RowReader;

/**
 * SwingTag bat-sensor exports: a {@code # SwingTag export} banner, then semicolon-separated rows with
 * UTC timestamps, speeds in km/h and time to impact in seconds. The SDK's {@link CsvSource} finds the
 * header below the banner, rates files by their columns and reports bad cells with line and column;
 * this class names the format and its columns. Registered as a SwingSource service by Declarative
 * Services (bnd writes the component description from this annotation).
 */
@Component(service = SwingSource.class)
public class SwingTagSource extends CsvSource {
    static final String SWING_ID = "swing_id";
    static final String RECORDED_UTC = "recorded_utc";
    static final String ATHLETE = "athlete";
    static final String TAG = "tag";
    static final String BAT_SPEED_KMH = "bat_speed_kmh";
    static final String ATTACK_ANGLE_DEG = "attack_angle_deg";
    static final String HAND_SPEED_KMH = "hand_speed_kmh";
    static final String TIME_TO_IMPACT_S = "time_to_impact_s";

    /** 80 with the columns every export has, 5 more for each optional one: no other format has these names. */
    private static final ColumnRule HEADER = ColumnRule.requiring(SWING_ID, RECORDED_UTC, ATHLETE, BAT_SPEED_KMH)
            .optional(5, TAG, ATTACK_ANGLE_DEG, HAND_SPEED_KMH, TIME_TO_IMPACT_S);

    public SwingTagSource() {
        super("swingtag", "SwingTag", RecordKind.SENSOR_SWINGS, HEADER,
                "a SwingTag header naming swing_id, recorded_utc, athlete and bat_speed_kmh, separated by ';'");
    }

    @Override
    protected String delimiters() {
        return ";";
    }

    @Override
    protected RowReader rowReader(CsvTable table, ReadOptions options) throws SourceFormatException {
        return RowReader.swings(new SwingTagRowReader(table)::read);
    }
}
