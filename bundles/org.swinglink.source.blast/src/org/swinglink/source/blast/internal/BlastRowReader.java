package org.swinglink.source.blast.internal;

import java.time.ZoneId;
import java.util.function.Function;

import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.csv.CsvRow;
import org.swinglink.source.csv.CsvTable;

/**
 * Turns one row of any Blast variant into a {@link SensorSwingRecord} in SwingLink's units. Blast
 * writes Time to Contact in seconds and Power in kilowatts; both are converted by moving the
 * decimal point, so 4.03 kW is exactly 4030 W (4.03 * 1000 in doubles is 4030.0000000000005).
 * <p>
 * The rotation metric stays null: Blast's rotation measures ("Rotational Acceleration (g)",
 * "Rotation Score") are not the quantity Diamond Kinetics reports, and the schema keeps one
 * vendor-defined rotation value per swing; storing a Blast value there would invite comparing
 * it with DK's. Both stay in the raw row.
 * <p>
 * On Plane Efficiency is stored in percent: the Metrics and legacy exports write a percentage, the
 * team export a 0-1 fraction, which is scaled by moving the decimal point.
 */
final class BlastRowReader {
    private static final int SECONDS_TO_MILLISECONDS = 3;
    private static final int KILOWATTS_TO_WATTS = 3;
    private static final int FRACTION_TO_PERCENT = 2;
    private static final String ON_PLANE_EFFICIENCY = "on_plane_efficiency";
    private static final String[] ON_PLANE_EFFICIENCY_PERCENT = { "On Plane Efficiency (%)", "On Plane (%)" };

    private final SwingTimes times;
    private final Function<CsvRow, String> playerName;
    private final int sensorSerial;
    private final int batSpeed;
    private final int attackAngle;
    private final int timeToContact;
    private final int peakHandSpeed;
    private final int power;
    private final int blastFactor;
    private final int onPlaneEfficiency;
    private final int onPlaneEfficiencyToPercent;

    private BlastRowReader(CsvTable table, SwingTimes times, Function<CsvRow, String> playerName, int sensorSerial,
            int onPlaneEfficiencyToPercent) throws SourceFormatException {
        this.times = times;
        this.playerName = playerName;
        this.sensorSerial = sensorSerial;
        this.batSpeed = table.requireColumn(BlastColumns.BAT_SPEED);
        this.attackAngle = table.optionalColumn(BlastColumns.ATTACK_ANGLE);
        this.timeToContact = table.optionalColumn(BlastColumns.TIME_TO_CONTACT_SECONDS);
        this.peakHandSpeed = table.optionalColumn(BlastColumns.PEAK_HAND_SPEED);
        this.power = table.optionalColumn(BlastColumns.POWER_KILOWATTS);
        this.blastFactor = table.optionalColumn(BlastColumns.BLAST_FACTOR);
        this.onPlaneEfficiency = table.optionalColumn(ON_PLANE_EFFICIENCY_PERCENT);
        this.onPlaneEfficiencyToPercent = onPlaneEfficiencyToPercent;
    }

    /**
     * A reader for the table's variant.
     *
     * @param zone        the zone of local times the file does not place itself
     * @param playerOfFile the player a Metrics file's metadata lines name, or null
     * @throws SourceFormatException when a column the variant cannot do without is missing
     */
    static BlastRowReader forLayout(BlastLayout layout, CsvTable table, ZoneId zone, String playerOfFile)
            throws SourceFormatException {
        return switch (layout) {
        case METRICS -> new BlastRowReader(table,
                SwingTimes.inZone(table.requireColumn(BlastColumns.METRICS_DATE), SwingTimes.METRICS_FORM, zone),
                row -> playerOfFile, -1, 0);
        case TEAM -> {
            int firstName = table.optionalColumn(BlastColumns.TEAM_FIRST_NAME);
            int lastName = table.optionalColumn(BlastColumns.TEAM_LAST_NAME);
            yield new BlastRowReader(table,
                    SwingTimes.inRowZone(table.requireColumn(BlastColumns.TEAM_TIMESTAMP),
                            table.optionalColumn(BlastColumns.TEAM_TIME_ZONE), SwingTimes.ANY_COMMON_FORM, zone),
                    row -> fullName(row.text(firstName), row.text(lastName)),
                    table.optionalColumn(BlastColumns.TEAM_SENSOR_SERIAL), FRACTION_TO_PERCENT);
        }
        case LEGACY -> {
            int player = table.optionalColumn(BlastColumns.LEGACY_PLAYER);
            yield new BlastRowReader(table,
                    SwingTimes.ifPresent(table.optionalColumn(BlastColumns.LEGACY_OPTIONAL_TIME), SwingTimes.ANY_COMMON_FORM, zone),
                    row -> row.text(player), -1, 0);
        }
        };
    }

    SensorSwingRecord read(CsvRow row) {
        return SensorSwingRecord.builder(row.line(), times.of(row))
                .playerName(playerName.apply(row))
                .sensorDeviceId(row.text(sensorSerial))
                .batSpeed(row.number(batSpeed))
                .attackAngle(row.number(attackAngle))
                .timeToContact(row.scaledNumber(timeToContact, SECONDS_TO_MILLISECONDS))
                .peakHandSpeed(row.number(peakHandSpeed))
                .powerOutput(row.scaledNumber(power, KILOWATTS_TO_WATTS))
                .blastFactor(row.number(blastFactor))
                .metric(ON_PLANE_EFFICIENCY, row.scaledNumber(onPlaneEfficiency, onPlaneEfficiencyToPercent))
                .raw(row.raw())
                .build();
    }

    private static String fullName(String first, String last) {
        if (first == null || last == null) {
            return first == null ? last : first;
        }
        return first + " " + last;
    }
}
