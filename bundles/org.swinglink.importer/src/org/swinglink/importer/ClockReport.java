package org.swinglink.importer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.swinglink.model.ClockCourse;

/**
 * How a player's sensor clock ran against HitTrax's over the visit an import paired by: the offset
 * is given at {@code visitStart} (a sensor time), then it drifts and steps.
 *
 * @param visitStart sensor time of the visit's first swing, where the offset holds
 * @param visitEnd   sensor time of its last swing
 * @param driftPpm   how fast the offset grows, in millionths of the time elapsed (1,000 ppm: 3.6 s an hour)
 * @param steps      the clock's jumps, at sensor times, in time order
 */
public record ClockReport(Instant visitStart, Instant visitEnd, double driftPpm, List<ClockCourse.Step> steps) {
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    public ClockReport {
        steps = List.copyOf(steps);
    }

    /** The report of a stored course; null for none. */
    public static ClockReport of(ClockCourse course) {
        return course == null ? null : new ClockReport(course.from(), course.to(), course.driftPpm(), course.steps());
    }

    /** "+2,950 ppm (10.6 s an hour)", or "-" when the clock kept pace. */
    public String driftText() {
        if (driftPpm == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+,.0f ppm (%.1f s an hour)", driftPpm, Math.abs(driftPpm) * 3_600 / 1_000_000);
    }

    /** "+12.0 s at 18:42:10, -3.1 s at 19:05:00" in {@code zone}, or "-" without steps. */
    public String stepsText(ZoneId zone) {
        if (steps.isEmpty()) {
            return "-";
        }
        return steps.stream().map(step -> String.format(Locale.ROOT, "%+.1f s at %s", step.sizeMillis() / 1000.0,
                TIME_OF_DAY.format(step.at().atZone(zone)))).collect(Collectors.joining(", "));
    }
}
