package org.swinglink.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.swinglink.model.SensorSwing.SwingMetric;
import org.swinglink.store.MatchedSwingRow;
import org.swinglink.store.RowConsumer;

/**
 * Writes matched swings as CSV, one row per HitTrax event with its sensor swing: both devices'
 * own timestamps (in the analyst's zone, as the devices showed them), the pairing's delta, how the
 * pair was made ("by time", "in file" when the tracker's export held the swing, "by analyst") and
 * both sides' metrics. Safe to open in a spreadsheet: text that a spreadsheet would run as a
 * formula is written with a leading apostrophe. Rows are written as they are read, so an export
 * of any size needs no more memory than one row.
 */
public final class MatchedSwingsCsv {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final SwingMetric[] SWING_METRICS = SwingMetric.values();
    static final List<String> HEADER = Stream.of(
            Stream.of("player", "hittrax_time", "sensor_time", "match_delta_ms", "pairing", "exit_velocity_mph",
                    "launch_angle_deg", "distance_ft", "horizontal_angle_deg", "result", "hit_type", "pitch_speed_mph",
                    "strike_zone", "sensor_type", "sensor_device_id"),
            Arrays.stream(SWING_METRICS).map(SwingMetric::exportName),
            Stream.of("hittrax_file_line", "sensor_file_line", "hittrax_event_id", "sensor_swing_id"))
            .flatMap(names -> names).toList();

    private final ZoneId zone;

    public MatchedSwingsCsv(ZoneId zone) {
        this.zone = zone;
    }

    /** A streaming read of matched swings: hands every row to {@code each} and says how many there were. */
    @FunctionalInterface
    public interface Rows {
        long forEach(RowConsumer<MatchedSwingRow, IOException> each) throws IOException;
    }

    /** Writes the header and then each row as it is read; returns how many rows were written. */
    public long write(Rows matched, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            List<Object> cells = new ArrayList<>(HEADER.size());
            return matched.forEach(row -> {
                cells.clear();
                addCells(row, cells);
                printer.printRecord(cells);
            });
        }
    }

    private void addCells(MatchedSwingRow row, List<Object> cells) {
        cells.add(text(row.player()));
        cells.add(time(row.hittraxTime()));
        cells.add(time(row.sensorTime()));
        cells.add(number(row.matchDeltaMillis()));
        cells.add(row.pairing().label());
        cells.add(number(row.exitVelocity()));
        cells.add(number(row.launchAngle()));
        cells.add(number(row.distance()));
        cells.add(number(row.horizontalAngle()));
        cells.add(text(row.result()));
        cells.add(text(row.hitType()));
        cells.add(number(row.pitchSpeed()));
        cells.add(row.strikeZone() == null ? "" : row.strikeZone());
        cells.add(text(row.sensorType()));
        cells.add(text(row.sensorDeviceId()));
        for (SwingMetric metric : SWING_METRICS) {
            cells.add(number(row.swingMetric(metric)));
        }
        cells.add(text(row.hittraxFile()) + ":" + row.hittraxLine());
        cells.add(row.sensorLine());
        cells.add(row.hittraxEventId());
        cells.add(row.sensorSwingId());
    }

    private String time(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue()) : value.toString();
    }

    /** Neutralises text a spreadsheet would evaluate ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR). */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
