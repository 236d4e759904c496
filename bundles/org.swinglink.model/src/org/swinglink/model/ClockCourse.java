package org.swinglink.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a sensor's clock ran against HitTrax's over the visit whose offset an import recorded: from
 * the offset at the visit's first swing it drifts (ppm of the time since) and steps (a phone
 * setting its clock). Offset = offset at the start + drift × elapsed + the steps taken so far.
 * Kept with the import's player record; absent for records of releases before drift was estimated.
 */
@Embeddable
public class ClockCourse {
    /** Steps kept per record: more in one visit means the clock is too erratic to model. */
    public static final int MOST_STEPS = 20;

    /** Sensor time of the visit's first swing: where the record's clock offset holds. */
    @Column(name = "clock_from_ms")
    private Instant from;

    /** Sensor time of the visit's last swing: the model says nothing past it. */
    @Column(name = "clock_to_ms")
    private Instant to;

    @Column(name = "clock_drift_ppm")
    private Double driftPpm;

    /** The steps as "sensor epoch ms:size ms" separated by ';', in time order; empty without steps. */
    @Column(name = "clock_steps", length = 600)
    private String steps;

    /** One step of the sensor clock against HitTrax's: at a sensor time, by a size (positive: HitTrax ahead more). */
    public record Step(Instant at, long sizeMillis) {
        public Step {
            Objects.requireNonNull(at, "at");
        }
    }

    protected ClockCourse() {
    }

    public ClockCourse(Instant from, Instant to, double driftPpm, List<Step> steps) {
        if (steps.size() > MOST_STEPS) {
            throw new IllegalArgumentException(steps.size() + " clock steps; at most " + MOST_STEPS + " are kept");
        }
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.driftPpm = driftPpm;
        this.steps = encode(steps);
    }

    /** A course of its own with the same values (an entity's embedded course is not shared); null for null. */
    public static ClockCourse copyOf(ClockCourse course) {
        return course == null ? null : new ClockCourse(course.from, course.to, course.driftPpm(), course.steps());
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public double driftPpm() {
        return driftPpm == null ? 0 : driftPpm;
    }

    public List<Step> steps() {
        List<Step> decoded = new ArrayList<>();
        if (steps != null && !steps.isEmpty()) {
            for (String step : steps.split(";")) {
                int colon = step.indexOf(':');
                decoded.add(new Step(Instant.ofEpochMilli(Long.parseLong(step.substring(0, colon))),
                        Long.parseLong(step.substring(colon + 1))));
            }
        }
        return decoded;
    }

    /** Whether the clock kept one offset over the visit (no drift, no step). */
    public boolean isConstant() {
        return driftPpm() == 0 && (steps == null || steps.isEmpty());
    }

    /** Whether {@code sensorTime} lies within the visit the course was estimated over. */
    public boolean covers(Instant sensorTime) {
        return from != null && to != null && !sensorTime.isBefore(from) && !sensorTime.isAfter(to);
    }

    /** HitTrax clock minus sensor clock at {@code sensorTime}, given the offset at the visit's start. */
    public long offsetAt(Instant sensorTime, long offsetAtStartMillis) {
        long elapsed = sensorTime.toEpochMilli() - from.toEpochMilli();
        long offset = offsetAtStartMillis + Math.round(elapsed * driftPpm() / 1_000_000);
        for (Step step : steps()) {
            if (!step.at().isAfter(sensorTime)) {
                offset += step.sizeMillis();
            }
        }
        return offset;
    }

    private static String encode(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        steps.stream().sorted((a, b) -> a.at().compareTo(b.at())).forEach(step -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(step.at().toEpochMilli()).append(':').append(step.sizeMillis());
        });
        return text.toString();
    }
}
