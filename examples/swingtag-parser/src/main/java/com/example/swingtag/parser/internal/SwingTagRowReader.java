package com.example.swingtag.parser.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.csv.CellException;
import org.swinglink.source.csv.CsvRow;
import org.swinglink.source.csv.CsvTable;

/** Turns one SwingTag row into a swing in SwingLink's units: km/h to mph, seconds to milliseconds. */
final class SwingTagRowReader {
    private static final double KMH_PER_MPH = 1.609344;
    private static final int SECONDS_TO_MILLISECONDS = 3;
    private static final String UTC_EXAMPLE = "2026-03-14T18:02:11.250Z";

    private final int recordedUtc;
    private final int athlete;
    private final int tag;
    private final int batSpeed;
    private final int attackAngle;
    private final int handSpeed;
    private final int timeToImpact;

    SwingTagRowReader(CsvTable table) throws SourceFormatException {
        recordedUtc = table.requireColumn(SwingTagSource.RECORDED_UTC);
        athlete = table.requireColumn(SwingTagSource.ATHLETE);
        batSpeed = table.requireColumn(SwingTagSource.BAT_SPEED_KMH);
        tag = table.optionalColumn(SwingTagSource.TAG);
        attackAngle = table.optionalColumn(SwingTagSource.ATTACK_ANGLE_DEG);
        handSpeed = table.optionalColumn(SwingTagSource.HAND_SPEED_KMH);
        timeToImpact = table.optionalColumn(SwingTagSource.TIME_TO_IMPACT_S);
    }

    SensorSwingRecord read(CsvRow row) {
        return SensorSwingRecord.builder(row.line(), recordedAt(row))
                .playerName(row.text(athlete))
                .sensorDeviceId(row.text(tag))
                .batSpeed(mph(row.number(batSpeed)))
                .attackAngle(row.number(attackAngle))
                .peakHandSpeed(mph(row.number(handSpeed)))
                .timeToContact(row.scaledNumber(timeToImpact, SECONDS_TO_MILLISECONDS))
                .raw(row.raw())
                .build();
    }

    /** SwingTag writes UTC in ISO form only; a cell in any other form is a row problem at its column. */
    private Instant recordedAt(CsvRow row) {
        String text = row.text(recordedUtc);
        if (text == null) {
            throw new CellException(recordedUtc, "recorded_utc is empty; expected a UTC time like " + UTC_EXAMPLE);
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CellException(recordedUtc, "recorded_utc: '" + text + "' is not a UTC time like " + UTC_EXAMPLE);
        }
    }

    private static Double mph(Double kmh) {
        return kmh == null ? null : kmh / KMH_PER_MPH;
    }
}
