package org.swinglink.ui.internal.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * What the timeline shows, without any widget: a window of HitTrax time, the events and the swings
 * in it (swings moved onto the HitTrax clock by their offset), where each lies on a canvas of a given
 * size, and which mark a click hits. Immutable; a change of window or offset makes a new model.
 */
public final class TimelineModel {
    /** Pixels left free at both ends of the time axis. */
    public static final int MARGIN = 24;
    /** How near (pixels) a click must be to a mark to hit it. */
    public static final int HIT_RADIUS = 7;
    public static final Duration MIN_SPAN = Duration.ofSeconds(20);
    public static final Duration MAX_SPAN = Duration.ofHours(4);

    /** A pair stored in the database, both ends known to this model. */
    public record Pair(EventMark event, SwingMark swing) {
    }

    private final Instant from;
    private final Instant to;
    private final List<EventMark> events;
    private final List<SwingMark> swings;
    private final long typedOffsetMillis;

    public TimelineModel(Instant from, Instant to, List<EventMark> events, List<SwingMark> swings, long typedOffsetMillis) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The timeline's window must end after it starts: " + from + " - " + to);
        }
        this.from = from;
        this.to = to;
        this.events = events.stream().sorted(Comparator.comparing(EventMark::time)).toList();
        this.swings = swings.stream().filter(s -> s.sensorTime() != null).toList();
        this.typedOffsetMillis = typedOffsetMillis;
    }

    public static TimelineModel empty(Instant around) {
        return new TimelineModel(around.minus(Duration.ofMinutes(5)), around.plus(Duration.ofMinutes(5)), List.of(), List.of(), 0);
    }

    /** The window of {@code span} centred on {@code centre}. */
    public static Instant[] window(Instant centre, Duration span) {
        Duration half = span.dividedBy(2);
        return new Instant[] { centre.minus(half), centre.plus(half) };
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public Duration span() {
        return Duration.between(from, to);
    }

    public long typedOffsetMillis() {
        return typedOffsetMillis;
    }

    public List<EventMark> events() {
        return events;
    }

    public List<SwingMark> swings() {
        return swings;
    }

    /** The same marks with another typed offset (no new query: the swings only move). */
    public TimelineModel withTypedOffset(long millis) {
        return new TimelineModel(from, to, events, swings, millis);
    }

    /** Where a swing lies on the HitTrax clock: its player's offset if known, else the typed one. */
    public Instant shownTime(SwingMark swing) {
        long offset = swing.playerOffsetMillis() != null ? swing.playerOffsetMillis() : typedOffsetMillis;
        return swing.sensorTime().plusMillis(offset);
    }

    /** The x of an instant on a canvas {@code width} pixels wide (may lie outside it). */
    public int x(Instant time, int width) {
        double usable = Math.max(1, width - 2 * MARGIN);
        double fraction = (double) Duration.between(from, time).toMillis() / span().toMillis();
        return (int) Math.round(MARGIN + fraction * usable);
    }

    /** The instant at x, the inverse of {@link #x(Instant, int)}. */
    public Instant timeAt(int x, int width) {
        double usable = Math.max(1, width - 2 * MARGIN);
        return from.plusMillis(Math.round((x - MARGIN) / usable * span().toMillis()));
    }

    public static int eventLaneY(int height) {
        return Math.round(height * 0.30f);
    }

    public static int swingLaneY(int height) {
        return Math.round(height * 0.62f);
    }

    /** The baseline of the time scale, with room for its labels below it. */
    public static int axisY(int height) {
        return height - 22;
    }

    public boolean isVisible(Instant time) {
        return !time.isBefore(from) && !time.isAfter(to);
    }

    public List<EventMark> visibleEvents() {
        return events.stream().filter(e -> isVisible(e.time())).toList();
    }

    public List<SwingMark> visibleSwings() {
        return swings.stream().filter(s -> isVisible(shownTime(s))).toList();
    }

    /** The event whose dot is within {@link #HIT_RADIUS} of (x, y), the nearest if several. */
    public Optional<EventMark> eventAt(int x, int y, int width, int height) {
        if (Math.abs(y - eventLaneY(height)) > HIT_RADIUS) {
            return Optional.empty();
        }
        return nearestWithin(visibleEvents(), e -> x(e.time(), width), x);
    }

    /** The swing whose mark is within {@link #HIT_RADIUS} of (x, y), the nearest if several. */
    public Optional<SwingMark> swingAt(int x, int y, int width, int height) {
        if (Math.abs(y - swingLaneY(height)) > HIT_RADIUS) {
            return Optional.empty();
        }
        return nearestWithin(visibleSwings(), s -> x(shownTime(s), width), x);
    }

    /** The event nearest in time to where the swing is shown, the natural partner to pair it with. */
    public Optional<EventMark> nearestEvent(SwingMark swing) {
        Instant shown = shownTime(swing);
        return events.stream().min(Comparator.comparing(e -> Duration.between(e.time(), shown).abs()));
    }

    public Optional<SwingMark> swing(String id) {
        return swings.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<EventMark> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Stored pairs whose event and swing both are in this model. */
    public List<Pair> pairs() {
        Map<String, EventMark> byId = events.stream().collect(Collectors.toMap(EventMark::id, Function.identity()));
        return swings.stream().filter(s -> s.pairedEventId() != null && byId.containsKey(s.pairedEventId()))
                .map(s -> new Pair(byId.get(s.pairedEventId()), s)).toList();
    }

    /** The span after zooming in ({@code notches} > 0) or out, kept between the minimum and maximum. */
    public Duration zoomedSpan(int notches) {
        double factor = Math.pow(0.8, notches);
        long millis = Math.round(span().toMillis() * factor);
        return Duration.ofMillis(Math.max(MIN_SPAN.toMillis(), Math.min(MAX_SPAN.toMillis(), millis)));
    }

    private static <T> Optional<T> nearestWithin(List<T> marks, ToIntFunction<T> xOf, int x) {
        return marks.stream().filter(m -> Math.abs(xOf.applyAsInt(m) - x) <= HIT_RADIUS)
                .min(Comparator.comparingInt(m -> Math.abs(xOf.applyAsInt(m) - x)));
    }
}
