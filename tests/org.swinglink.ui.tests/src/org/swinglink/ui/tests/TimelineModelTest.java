package org.swinglink.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.swinglink.model.PairingMethod;
import org.swinglink.ui.internal.timeline.EventMark;
import org.swinglink.ui.internal.timeline.SwingMark;
import org.swinglink.ui.internal.timeline.TimeAxis;
import org.swinglink.ui.internal.timeline.TimelineModel;

/** The timeline's geometry and hit testing, without a display. */
class TimelineModelTest {
    private static final Instant FROM = Instant.parse("2024-10-14T21:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofMinutes(10));
    private static final int WIDTH = 1000 + 2 * TimelineModel.MARGIN;
    private static final int HEIGHT = 200;

    private static final EventMark FIRST = event("e1", FROM.plusSeconds(60), true, "s1");
    private static final EventMark SECOND = event("e2", FROM.plusSeconds(63), false, null);
    private static final SwingMark PAIRED = new SwingMark("s1", FROM.plusSeconds(10), "blast", 50_000L, "e1",
            PairingMethod.TIME);
    private static final SwingMark LOOSE = new SwingMark("s2", FROM.plusSeconds(300), "blast", null, null, null);

    private final TimelineModel model = new TimelineModel(FROM, TO, List.of(SECOND, FIRST), List.of(PAIRED, LOOSE), 12_000);

    @Test
    void givenAWindow_thenItsEndsLieOnTheMarginsAndTimeAtInvertsX() {
        assertEquals(TimelineModel.MARGIN, model.x(FROM, WIDTH));
        assertEquals(WIDTH - TimelineModel.MARGIN, model.x(TO, WIDTH));
        assertEquals(TimelineModel.MARGIN + 500, model.x(FROM.plus(Duration.ofMinutes(5)), WIDTH));
        assertEquals(FROM.plus(Duration.ofMinutes(5)), model.timeAt(TimelineModel.MARGIN + 500, WIDTH));
    }

    @Test
    void givenSwingsWithAndWithoutAPlayerOffset_thenThePlayersOffsetWinsOverTheTypedOne() {
        assertEquals(FROM.plusSeconds(60), model.shownTime(PAIRED), "sensor time + the player's 50 s");
        assertEquals(FROM.plusSeconds(312), model.shownTime(LOOSE), "sensor time + the typed 12 s");
        assertEquals(FROM.plusSeconds(305), model.withTypedOffset(5_000).shownTime(LOOSE));
    }

    @Test
    void givenAClickNearAnEventDot_thenItHitsTheNearestEventOnlyOnTheEventLane() {
        int y = TimelineModel.eventLaneY(HEIGHT);
        int firstX = model.x(FIRST.time(), WIDTH);
        int secondX = model.x(SECOND.time(), WIDTH); // 5 px to the right of the first

        assertEquals("e1", model.eventAt(firstX + 1, y + 3, WIDTH, HEIGHT).orElseThrow().id());
        assertEquals("e2", model.eventAt(secondX + 2, y, WIDTH, HEIGHT).orElseThrow().id());
        assertTrue(model.eventAt(firstX, y + TimelineModel.HIT_RADIUS + 1, WIDTH, HEIGHT).isEmpty(), "below the lane");
        assertTrue(model.eventAt(firstX, TimelineModel.swingLaneY(HEIGHT), WIDTH, HEIGHT).isEmpty(), "on the swing lane");
        assertTrue(model.eventAt(firstX - 30, y, WIDTH, HEIGHT).isEmpty(), "between events");
    }

    @Test
    void givenAClickOnTheSwingLane_thenItHitsTheSwingWhereItIsShown() {
        int y = TimelineModel.swingLaneY(HEIGHT);
        assertEquals("s2", model.swingAt(model.x(FROM.plusSeconds(312), WIDTH), y, WIDTH, HEIGHT).orElseThrow().id());
        assertTrue(model.swingAt(model.x(FROM.plusSeconds(300), WIDTH), y, WIDTH, HEIGHT).isEmpty(),
                "not at the sensor's own clock time");
    }

    @Test
    void givenASwing_thenTheNearestEventIsTheOneClosestToWhereTheSwingIsShown() {
        SwingMark nearSecond = new SwingMark("s3", FROM.plusSeconds(50), "blast", null, null, null);
        assertEquals("e2", model.nearestEvent(nearSecond).orElseThrow().id(), "50 s + 12 s lies nearer 63 s than 60 s");
        assertEquals("e1", model.nearestEvent(PAIRED).orElseThrow().id());
    }

    @Test
    void givenStoredPairs_thenOnlyPairsWithBothEndsInTheModelAreJoined() {
        assertEquals(List.of(new TimelineModel.Pair(FIRST, PAIRED)), model.pairs());
        TimelineModel withoutEvents = new TimelineModel(FROM, TO, List.of(), List.of(PAIRED), 0);
        assertEquals(List.of(), withoutEvents.pairs());
    }

    @Test
    void givenVisibility_thenOnlyMarksInsideTheWindowAreVisible() {
        TimelineModel narrow = new TimelineModel(FROM, FROM.plusSeconds(61), List.of(FIRST, SECOND), List.of(PAIRED, LOOSE), 0);
        assertEquals(List.of(FIRST), narrow.visibleEvents());
        assertEquals(List.of(PAIRED), narrow.visibleSwings());
    }

    @Test
    void givenTheMouseWheel_thenTheSpanNarrowsOrWidensWithinItsLimits() {
        assertEquals(Duration.ofMinutes(8), model.zoomedSpan(1));
        assertEquals(Duration.ofSeconds(750), model.zoomedSpan(-1));
        assertEquals(TimelineModel.MIN_SPAN, model.zoomedSpan(100));
        assertEquals(TimelineModel.MAX_SPAN, model.zoomedSpan(-100));
    }

    @Test
    void givenATenMinuteWindowOnAThousandPixels_thenTheScaleTicksEveryWholeMinute() {
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(model, WIDTH, 90, ZoneOffset.ofHours(-5));
        assertEquals(Duration.ofMinutes(1), TimeAxis.step(model, WIDTH, 90));
        assertEquals(11, ticks.size());
        assertEquals("16:00", ticks.get(0).label());
        assertEquals("16:10", ticks.get(10).label());
        assertEquals(TimelineModel.MARGIN + 100, ticks.get(1).x());
    }

    @Test
    void givenAnOddlyStartingWindow_thenTicksFallOnRoundSecondsInsideIt() {
        TimelineModel short20 = new TimelineModel(FROM.plusMillis(1_300), FROM.plusMillis(21_300), List.of(), List.of(), 0);
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(short20, WIDTH, 90, ZoneOffset.UTC);
        assertEquals(Duration.ofSeconds(2), TimeAxis.step(short20, WIDTH, 90));
        assertEquals("21:00:02", ticks.get(0).label());
        assertTrue(ticks.stream().allMatch(t -> short20.isVisible(t.time())));
    }

    private static EventMark event(String id, Instant time, boolean battedBall, String swing) {
        return new EventMark(id, time, "Jane Doe", "p1", null, battedBall, swing);
    }
}
