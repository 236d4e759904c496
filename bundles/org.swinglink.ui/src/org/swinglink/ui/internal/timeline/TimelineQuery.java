package org.swinglink.ui.internal.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.store.SwingQueries;

/** Reads a timeline window from the database; call off the UI thread. */
public final class TimelineQuery {
    /** Swings of players with another offset than the typed one may lie this far outside the window. */
    private static final Duration SWING_MARGIN = Duration.ofMinutes(2);

    private final SwingQueries queries;
    private final Map<String, Optional<Long>> offsets = new HashMap<>();
    private final Map<String, PlayerClock> clocks = new HashMap<>();

    public TimelineQuery(SwingQueries queries) {
        this.queries = queries;
    }

    public TimelineModel load(Instant from, Instant to, long typedOffsetMillis) {
        List<EventMark> events = queries.eventsBetween(from, to).stream().map(this::mark).toList();
        // Swings are stored on the sensor's clock: look where the window lies on that clock.
        Instant sensorFrom = from.minusMillis(typedOffsetMillis).minus(SWING_MARGIN);
        Instant sensorTo = to.minusMillis(typedOffsetMillis).plus(SWING_MARGIN);
        List<SwingMark> swings = queries.swingsBetween(sensorFrom, sensorTo).stream().map(this::mark).toList();
        return new TimelineModel(from, to, events, swings, typedOffsetMillis);
    }

    private EventMark mark(HitTraxEvent event) {
        User batter = event.getSession() == null ? null : event.getSession().getUser();
        boolean battedBall = event.getExitVelocity() != null && event.getExitVelocity() > 0;
        return new EventMark(event.getId(), event.getEventTimestamp(), batter == null ? "(no batter)" : batter.getName(),
                batter == null ? null : batter.getId(), batter == null ? null : offset(batter.getId()), battedBall,
                event.getSensorSwing() == null ? null : event.getSensorSwing().getId());
    }

    private SwingMark mark(SensorSwing swing) {
        return new SwingMark(swing.getId(), swing.getSensorTimestamp(), swing.getSensorType(),
                swing.getUser() == null ? null : clock(swing.getUser().getId()).offsetAt(swing.getSensorTimestamp()),
                swing.getHittraxEvent() == null ? null : swing.getHittraxEvent().getId(), swing.getPairingMethod());
    }

    private PlayerClock clock(String playerId) {
        return clocks.computeIfAbsent(playerId, player -> new PlayerClock(queries.clockRecords(player)));
    }

    private Long offset(String playerId) {
        return offsets.computeIfAbsent(playerId, queries::latestClockOffset).orElse(null);
    }
}
