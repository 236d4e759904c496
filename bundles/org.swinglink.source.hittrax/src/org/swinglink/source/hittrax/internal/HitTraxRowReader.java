package org.swinglink.source.hittrax.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.csv.CsvRow;
import org.swinglink.source.csv.CsvTable;

/** Turns one row of a HitTrax export into a {@link BattedBallRecord}. */
final class HitTraxRowReader {
    /**
     * {@code 11/26/2018 16:08:24.883}: 24-hour local time, milliseconds optional. Strict, so that
     * 02/30/2024 is refused rather than quietly read as February 29.
     */
    static final DateTimeFormatter DATE_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("M/d/uuuu H:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter().withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final String DATE_EXAMPLE = "11/26/2018 16:08:24.883";

    private final ZoneId zone;
    private final int date;
    private final int exitVelocity;
    private final int pitchNumber;
    private final int atBat;
    private final int pitchSpeed;
    private final int pitchType;
    private final int strikeZone;
    private final int launchAngle;
    private final int distance;
    private final int horizontalAngle;
    private final int result;
    private final int hitType;
    private final int points;
    private final int sprayChartX;
    private final int sprayChartZ;
    private final int user;

    HitTraxRowReader(CsvTable table, ZoneId zone) throws SourceFormatException {
        this.zone = zone;
        this.date = table.requireColumn(HitTraxColumns.DATE);
        this.exitVelocity = table.requireColumn(HitTraxColumns.EXIT_VELOCITY);
        this.pitchNumber = table.optionalColumn(HitTraxColumns.PITCH_NUMBER);
        this.atBat = table.optionalColumn(HitTraxColumns.AT_BAT);
        this.pitchSpeed = table.optionalColumn(HitTraxColumns.PITCH_SPEED);
        this.pitchType = table.optionalColumn(HitTraxColumns.PITCH_TYPE);
        this.strikeZone = table.optionalColumn(HitTraxColumns.STRIKE_ZONE);
        this.launchAngle = table.optionalColumn(HitTraxColumns.LAUNCH_ANGLE);
        this.distance = table.optionalColumn(HitTraxColumns.DISTANCE);
        this.horizontalAngle = table.optionalColumn(HitTraxColumns.HORIZONTAL_ANGLE);
        this.result = table.optionalColumn(HitTraxColumns.RESULT);
        this.hitType = table.optionalColumn(HitTraxColumns.HIT_TYPE);
        this.points = table.optionalColumn(HitTraxColumns.POINTS);
        this.sprayChartX = table.optionalColumn(HitTraxColumns.SPRAY_CHART_X);
        this.sprayChartZ = table.optionalColumn(HitTraxColumns.SPRAY_CHART_Z);
        this.user = table.optionalColumn(HitTraxColumns.USER);
    }

    BattedBallRecord read(CsvRow row) {
        BattedBallRecord.Builder record = BattedBallRecord
                .builder(row.line(), row.localDateTime(date, DATE_FORMAT, DATE_EXAMPLE).atZone(zone).toInstant())
                .playerName(row.text(user))
                .pitch(row.integer(pitchNumber), row.integer(atBat), positiveOrNull(row.number(pitchSpeed)),
                        row.text(pitchType), row.integer(strikeZone))
                .outcome(row.text(result), row.text(hitType), row.integer(points), row.number(sprayChartX),
                        row.number(sprayChartZ))
                .raw(row.raw());
        Double velo = row.number(exitVelocity);
        if (velo != null && velo > 0) {
            // HitTrax writes Velo 0 for every pitch without a tracked ball; only then are these measured.
            record.battedBall(velo, row.number(launchAngle), row.number(distance), row.number(horizontalAngle));
        }
        return record.build();
    }

    private static Double positiveOrNull(Double value) {
        return value == null || value <= 0 ? null : value;
    }
}
