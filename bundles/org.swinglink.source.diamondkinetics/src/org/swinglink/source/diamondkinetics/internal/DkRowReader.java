package org.swinglink.source.diamondkinetics.internal;

import java.time.ZoneId;

import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.csv.CsvHeader;
import org.swinglink.source.csv.CsvRow;
import org.swinglink.source.csv.CsvTable;
import org.swinglink.source.csv.TimestampFormats;

/**
 * Turns one row of a Diamond Kinetics file into a {@link SensorSwingRecord}. DK already writes
 * SwingLink's units (mph, ms, W, degrees), so values pass through unconverted; README.md lists
 * every mapping and what it does not mean.
 */
final class DkRowReader {
    /** No public DK export documents its time format: accept the common forms and epoch milliseconds. */
    static final TimestampFormats TIME_FORMS = TimestampFormats.common().orEpochMillis();

    private final ZoneId zone;
    private final int time;
    private final int firstName;
    private final int lastName;
    private final int fullName;
    private final int barrelSpeed;
    private final int handSpeed;
    private final int attackAngle;
    private final int triggerToImpact;
    private final int appliedPower;
    private final int maxAcceleration;

    /** @throws SourceFormatException when the header has no time column: DK swings must be pairable */
    DkRowReader(CsvTable table, ZoneId zone) throws SourceFormatException {
        CsvHeader header = table.header();
        this.zone = zone;
        this.time = table.requireColumn(DkColumns.TIME);
        this.firstName = table.optionalColumn(DkColumns.FIRST_NAME);
        this.lastName = table.optionalColumn(DkColumns.LAST_NAME);
        this.fullName = table.optionalColumn(DkColumns.FULL_NAME);
        this.barrelSpeed = column(header, DkMetric.MAX_BARREL_SPEED);
        this.handSpeed = column(header, DkMetric.MAX_HAND_SPEED);
        this.attackAngle = column(header, DkMetric.ATTACK_ANGLE);
        this.triggerToImpact = column(header, DkMetric.TRIGGER_TO_IMPACT);
        this.appliedPower = column(header, DkMetric.APPLIED_SWING_POWER);
        this.maxAcceleration = column(header, DkMetric.MAX_ACCELERATION);
    }

    SensorSwingRecord read(CsvRow row) {
        return SensorSwingRecord.builder(row.line(), row.instant(time, TIME_FORMS, zone))
                .playerName(playerName(row))
                .batSpeed(row.number(barrelSpeed))
                .peakHandSpeed(row.number(handSpeed))
                .attackAngle(row.number(attackAngle))
                .timeToContact(row.number(triggerToImpact))
                .powerOutput(row.number(appliedPower))
                .rotationMetric(row.number(maxAcceleration))
                .raw(row.raw())
                .build();
    }

    private String playerName(CsvRow row) {
        String first = row.text(firstName);
        String last = row.text(lastName);
        if (first != null && last != null) {
            return first + " " + last;
        }
        if (first != null || last != null) {
            return first != null ? first : last;
        }
        return row.text(fullName);
    }

    private static int column(CsvHeader header, DkMetric metric) {
        return metric.columnIn(header).orElse(-1);
    }
}
