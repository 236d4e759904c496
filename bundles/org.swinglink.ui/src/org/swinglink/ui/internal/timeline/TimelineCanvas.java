package org.swinglink.ui.internal.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Draws a {@link TimelineModel}: HitTrax events above, sensor swings below, one time scale, lines
 * joining stored pairs. Clicking a mark selects it; the mouse wheel asks for a narrower or wider
 * window. Painting reads only the model (never the database) and only the marks in its window.
 */
public final class TimelineCanvas extends Canvas {
    private static final int DOT = 5;
    private static final Color EVENT = new Color(30, 90, 170);
    private static final Color SWING = new Color(230, 120, 20);
    private static final Color PAIR = new Color(150, 150, 150);
    private static final Color CHOSEN = new Color(210, 30, 30);
    private static final Color GRID = new Color(232, 232, 232);

    private final ZoneId zone;
    private TimelineModel model;
    private String selectedSwing;
    private String selectedEvent;
    private Runnable selectionChanged = () -> {
    };
    private IntConsumer zoom = notches -> {
    };

    public TimelineCanvas(Composite parent, ZoneId zone) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.zone = zone;
        this.model = TimelineModel.empty(Instant.now());
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, this::clicked);
        addListener(SWT.MouseVerticalWheel, e -> {
            e.doit = false;
            zoom.accept(Integer.signum(e.count));
        });
        addListener(SWT.MouseHover, this::hover);
    }

    public TimelineModel model() {
        return model;
    }

    public void setModel(TimelineModel model) {
        this.model = Objects.requireNonNull(model);
        redraw();
    }

    public String selectedSwing() {
        return selectedSwing;
    }

    public String selectedEvent() {
        return selectedEvent;
    }

    /** Selects a swing (null for none) as a click would. */
    public void selectSwing(String swingId) {
        selectedSwing = swingId;
        redraw();
        selectionChanged.run();
    }

    /** Selects an event (null for none) as a click would. */
    public void selectEvent(String eventId) {
        selectedEvent = eventId;
        redraw();
        selectionChanged.run();
    }

    public void onSelectionChanged(Runnable listener) {
        selectionChanged = listener;
    }

    /** Called with +1 to zoom in, -1 to zoom out. */
    public void onZoom(IntConsumer listener) {
        zoom = listener;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 600 : wHint, hHint == SWT.DEFAULT ? 170 : hHint);
    }

    private void clicked(Event e) {
        Rectangle area = getClientArea();
        model.eventAt(e.x, e.y, area.width, area.height).ifPresent(event -> selectEvent(event.id()));
        model.swingAt(e.x, e.y, area.width, area.height).ifPresent(swing -> selectSwing(swing.id()));
    }

    private void hover(Event e) {
        Rectangle area = getClientArea();
        String tip = model.eventAt(e.x, e.y, area.width, area.height)
                .map(event -> event.batter() + ", " + TimelineText.time(event.time(), zone)
                        + (event.battedBall() ? ", ball in play" : ", take or miss"))
                .orElseGet(() -> model.swingAt(e.x, e.y, area.width, area.height)
                        .map(swing -> swing.sensorType() + " swing, sensor clock " + TimelineText.time(swing.sensorTime(), zone))
                        .orElse(null));
        setToolTipText(tip);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        int w = area.width;
        int h = area.height;
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        int eventY = TimelineModel.eventLaneY(h);
        int swingY = TimelineModel.swingLaneY(h);
        int axisY = TimelineModel.axisY(h);
        paintAxis(gc, w, axisY);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawString("HitTrax events", 4, eventY - DOT - 4 - gc.getFontMetrics().getHeight(), true);
        gc.drawString("Sensor swings (clock offset " + TimelineText.seconds(model.typedOffsetMillis()) + " s if unknown)", 4,
                swingY + DOT + 4, true);
        gc.setForeground(PAIR);
        for (TimelineModel.Pair pair : model.pairs()) {
            gc.drawLine(model.x(pair.event().time(), w), eventY, model.x(model.shownTime(pair.swing()), w), swingY);
        }
        paintChosenPair(gc, w, eventY, swingY);
        paintEvents(gc, w, eventY);
        paintSwings(gc, w, swingY);
        if (selectedSwing == null && model.swings().isEmpty()) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawString("Select a swing to see it among the HitTrax events around it.", TimelineModel.MARGIN,
                    (eventY + swingY) / 2 - gc.getFontMetrics().getHeight() / 2, true);
        }
    }

    private void paintAxis(GC gc, int w, int axisY) {
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(TimelineModel.MARGIN, axisY, w - TimelineModel.MARGIN, axisY);
        for (TimeAxis.Tick tick : TimeAxis.ticks(model, w, 90, zone)) {
            gc.setForeground(GRID);
            gc.drawLine(tick.x(), 4, tick.x(), axisY - 1);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawLine(tick.x(), axisY, tick.x(), axisY + 4);
            int labelWidth = gc.textExtent(tick.label()).x;
            gc.drawString(tick.label(), tick.x() - labelWidth / 2, axisY + 5, true);
        }
    }

    /** The swing and the event chosen for pairing, joined by a red line before they are paired. */
    private void paintChosenPair(GC gc, int w, int eventY, int swingY) {
        var swing = selectedSwing == null ? Optional.<SwingMark>empty() : model.swing(selectedSwing);
        var event = selectedEvent == null ? Optional.<EventMark>empty() : model.event(selectedEvent);
        if (swing.isPresent() && event.isPresent()) {
            gc.setForeground(CHOSEN);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(model.x(event.get().time(), w), eventY, model.x(model.shownTime(swing.get()), w), swingY);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private void paintEvents(GC gc, int w, int y) {
        String lastBatter = null;
        int labelEnd = Integer.MIN_VALUE;
        for (EventMark event : model.visibleEvents()) {
            int x = model.x(event.time(), w);
            gc.setForeground(EVENT);
            gc.setBackground(EVENT);
            if (event.battedBall()) {
                gc.fillOval(x - DOT, y - DOT, 2 * DOT, 2 * DOT);
            } else {
                gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
                gc.fillOval(x - DOT, y - DOT, 2 * DOT, 2 * DOT);
                gc.drawOval(x - DOT, y - DOT, 2 * DOT, 2 * DOT);
            }
            // The batter's name where the batter changes, and where there is room for it.
            if (!Objects.equals(event.batter(), lastBatter) && x > labelEnd) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawString(event.batter(), x - DOT, y + DOT + 3, true);
                labelEnd = x + gc.textExtent(event.batter()).x;
                lastBatter = event.batter();
            }
            if (event.id().equals(selectedEvent)) {
                ring(gc, x, y);
            }
        }
    }

    private void paintSwings(GC gc, int w, int y) {
        for (SwingMark swing : model.visibleSwings()) {
            int x = model.x(model.shownTime(swing), w);
            gc.setBackground(SWING);
            gc.fillPolygon(new int[] { x, y - DOT - 1, x + DOT + 1, y, x, y + DOT + 1, x - DOT - 1, y });
            if (swing.id().equals(selectedSwing)) {
                ring(gc, x, y);
            }
        }
    }

    private static void ring(GC gc, int x, int y) {
        gc.setForeground(CHOSEN);
        gc.setLineWidth(2);
        gc.drawOval(x - DOT - 4, y - DOT - 4, 2 * DOT + 8, 2 * DOT + 8);
        gc.setLineWidth(1);
    }
}
