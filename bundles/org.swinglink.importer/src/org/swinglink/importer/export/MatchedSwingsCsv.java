package org.swinglink.importer.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;

/**
 * Writes matched swings as CSV, one row per HitTrax event with its sensor swing: both devices'
 * own timestamps (in the analyst's zone, as the devices showed them), the pairing's delta, how the
 * pair was made ("by time", "in file" when the tracker's export held the swing, "by analyst") and
 * both sides' metrics. Safe to open in a spreadsheet: text that a spreadsheet would run as a
 * formula is written with a leading apostrophe.
 */
public final class MatchedSwingsCsv {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    static final List<String> HEADER = List.of("player", "hittrax_time", "sensor_time", "match_delta_ms", "pairing",
            "exit_velocity_mph", "launch_angle_deg", "distance_ft", "horizontal_angle_deg", "result", "hit_type",
            "pitch_speed_mph", "strike_zone", "sensor_type", "sensor_device_id", "bat_speed_mph", "attack_angle_deg",
            "time_to_contact_ms", "peak_hand_speed_mph", "power_w", "blast_factor", "rotation_metric",
            "hittrax_file_line", "sensor_file_line", "hittrax_event_id", "sensor_swing_id");

    private final ZoneId zone;

    public MatchedSwingsCsv(ZoneId zone) {
        this.zone = zone;
    }

    public void write(List<HitTraxEvent> matched, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (HitTraxEvent event : matched) {
                printer.printRecord(row(event, event.getSensorSwing()));
            }
        }
    }

    private List<Object> row(HitTraxEvent event, SensorSwing swing) {
        List<Object> cells = new ArrayList<>(HEADER.size());
        User player = event.getSession().getUser() != null ? event.getSession().getUser() : swing.getUser();
        cells.add(text(player == null ? "" : player.getName()));
        cells.add(time(event.getEventTimestamp()));
        cells.add(time(swing.getSensorTimestamp()));
        cells.add(number(swing.getMatchTimeDelta()));
        cells.add(swing.getPairingMethod() == null ? "" : swing.getPairingMethod().label());
        cells.add(number(event.getExitVelocity()));
        cells.add(number(event.getLaunchAngle()));
        cells.add(number(event.getDistance()));
        cells.add(number(event.getHorizontalAngle()));
        cells.add(text(event.getResult()));
        cells.add(text(event.getHitType()));
        cells.add(number(event.getPitchSpeed()));
        cells.add(event.getStrikeZone() == null ? "" : event.getStrikeZone());
        cells.add(text(swing.getSensorType()));
        cells.add(text(swing.getSensorDeviceId()));
        cells.add(number(swing.getBatSpeed()));
        cells.add(number(swing.getAttackAngle()));
        cells.add(number(swing.getTimeToContact()));
        cells.add(number(swing.getPeakHandSpeed()));
        cells.add(number(swing.getPowerOutput()));
        cells.add(number(swing.getBlastFactor()));
        cells.add(number(swing.getRotationMetric()));
        cells.add(text(event.getSession().getSourceFile()) + ":" + event.getSourceLine());
        cells.add(swing.getSourceLine());
        cells.add(event.getId());
        cells.add(swing.getId());
        return cells;
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
