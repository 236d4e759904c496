package org.swinglink.ui.internal.desk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.swinglink.model.SensorSwing;

/**
 * Which of the loaded unassigned swings the analyst wants to see: one import, one sensor, a range
 * of days (in the workbench's zone). A null criterion lets every swing through.
 *
 * @param importId   the import session's id, or null for all imports
 * @param sensorType the sensor type, or null for all sensors
 * @param from       first day shown, or null
 * @param to         last day shown (inclusive), or null
 * @param zone       the zone the days are read in
 */
public record SwingFilter(String importId, String sensorType, LocalDate from, LocalDate to, ZoneId zone)
        implements Predicate<SensorSwing> {

    public SwingFilter {
        Objects.requireNonNull(zone, "zone");
    }

    public static SwingFilter all(ZoneId zone) {
        return new SwingFilter(null, null, null, null, zone);
    }

    /** Whether any criterion is set; with none, the status line need not say "N of M". */
    public boolean isActive() {
        return importId != null || sensorType != null || from != null || to != null;
    }

    @Override
    public boolean test(SensorSwing swing) {
        if (importId != null && (swing.getImportSession() == null || !importId.equals(swing.getImportSession().getId()))) {
            return false;
        }
        if (sensorType != null && !sensorType.equals(swing.getSensorType())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        if (swing.getSensorTimestamp() == null) {
            return false; // a swing without time is on no day
        }
        LocalDate day = swing.getSensorTimestamp().atZone(zone).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public List<SensorSwing> apply(List<SensorSwing> swings) {
        return swings.stream().filter(this).toList();
    }
}
