package org.swinglink.ui.internal.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The ticks of the timeline's time scale: round steps, far enough apart for their labels. */
public final class TimeAxis {
    /** A tick at a time, where it lies and what it says. */
    public record Tick(Instant time, int x, String label) {
    }

    private static final long[] STEP_SECONDS = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200 };
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private TimeAxis() {
    }

    /** The smallest round step that keeps ticks at least {@code minPixels} apart. */
    public static Duration step(TimelineModel model, int width, int minPixels) {
        double pixelsPerSecond = Math.max(1, width - 2 * TimelineModel.MARGIN) / (model.span().toMillis() / 1000.0);
        for (long seconds : STEP_SECONDS) {
            if (seconds * pixelsPerSecond >= minPixels) {
                return Duration.ofSeconds(seconds);
            }
        }
        return Duration.ofSeconds(STEP_SECONDS[STEP_SECONDS.length - 1]);
    }

    /** Ticks on whole steps of the wall clock in {@code zone}, inside the model's window. */
    public static List<Tick> ticks(TimelineModel model, int width, int minPixels, ZoneId zone) {
        Duration step = step(model, width, minPixels);
        long stepMillis = step.toMillis();
        // Round in the zone's local time, so that minute and hour ticks fall on :00 of the wall clock.
        long zoneShift = zone.getRules().getOffset(model.from()).getTotalSeconds() * 1000L;
        long first = Math.floorDiv(model.from().toEpochMilli() + zoneShift + stepMillis - 1, stepMillis) * stepMillis - zoneShift;
        DateTimeFormatter format = step.toSeconds() % 60 == 0 ? MINUTES : SECONDS;
        List<Tick> ticks = new ArrayList<>();
        for (long t = first; t <= model.to().toEpochMilli(); t += stepMillis) {
            Instant time = Instant.ofEpochMilli(t);
            ticks.add(new Tick(time, model.x(time, width), format.format(time.atZone(zone))));
        }
        return ticks;
    }
}
