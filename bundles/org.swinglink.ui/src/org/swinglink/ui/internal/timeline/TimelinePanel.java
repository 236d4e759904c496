package org.swinglink.ui.internal.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.swinglink.model.SensorSwing;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.parts.Cells;
import org.swinglink.ui.internal.table.BackgroundLoad;

/**
 * The lower half of the assignment desk: the timeline around the selected swing, the clock offset
 * for swings whose player has none yet, and Pair / Unpair for the chosen swing and event.
 */
public final class TimelinePanel {
    public static final String CANVAS = "timeline.canvas";
    public static final String OFFSET = "timeline.offset";
    public static final String PAIR = "timeline.pair";
    public static final String UNPAIR = "timeline.unpair";
    public static final String INFO = "timeline.info";
    private static final Duration DEFAULT_SPAN = Duration.ofMinutes(10);

    private final Composite panel;
    private final TimelineCanvas canvas;
    private final Text offset;
    private final Button pair;
    private final Button unpair;
    private final Label info;
    private final BackgroundLoad<TimelineModel> load;
    private final ZoneId zone;
    private Store store;
    private PairActions actions;
    private SensorSwing centred;
    private Instant centre;
    private Duration span = DEFAULT_SPAN;
    private String offsetFromEvent;

    public TimelinePanel(Composite parent, ZoneId zone, UISynchronize sync) {
        this.zone = zone;
        panel = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(0, 4).spacing(6, 4).applyTo(panel);
        info = new Label(panel, SWT.NONE);
        info.setData(SwingLinkUi.WIDGET_ID, INFO);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(info);
        new Label(panel, SWT.NONE).setText("Clock offset (s):");
        offset = new Text(panel, SWT.BORDER | SWT.SINGLE | SWT.RIGHT);
        offset.setData(SwingLinkUi.WIDGET_ID, OFFSET);
        offset.setText("0");
        offset.setToolTipText("HitTrax clock minus sensor clock, for swings whose player has no known offset yet");
        GridDataFactory.fillDefaults().hint(70, SWT.DEFAULT).applyTo(offset);
        offset.addListener(SWT.Modify, e -> offsetChanged());
        pair = button("Pair", PAIR, "Pair the selected swing with the selected HitTrax event");
        unpair = button("Unpair", UNPAIR, "Take the selected swing out of its pair");
        canvas = new TimelineCanvas(panel, zone);
        canvas.setData(SwingLinkUi.WIDGET_ID, CANVAS);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(canvas);
        canvas.onSelectionChanged(() -> {
            takeBatterOffset();
            selectionChanged();
        });
        canvas.onZoom(notches -> {
            span = canvas.model().zoomedSpan(notches);
            reload();
        });
        pair.addListener(SWT.Selection, e -> pairChosen());
        unpair.addListener(SWT.Selection, e -> unpairChosen());
        load = new BackgroundLoad<>("timeline", canvas, sync);
        selectionChanged();
    }

    public Composite control() {
        return panel;
    }

    public TimelineCanvas canvas() {
        return canvas;
    }

    public void connect(Store store, PairActions actions) {
        this.store = store;
        this.actions = actions;
    }

    /** Centres the timeline on a swing and selects it. */
    public void show(SensorSwing swing) {
        if (swing == null || swing.getSensorTimestamp() == null) {
            return;
        }
        centred = swing;
        centre = swing.getSensorTimestamp().plusMillis(typedOffsetMillis());
        canvas.selectSwing(swing.getId());
        reload();
    }

    /**
     * Lets go of the swing the desk showed once it has left the desk (assigned away), so the label and
     * Pair no longer claim it; the window stays, with the swing drawn where it now belongs.
     */
    public void letGoUnlessListed(Predicate<String> listed) {
        if (centred == null || listed.test(centred.getId())) {
            return;
        }
        if (centred.getId().equals(canvas.selectedSwing())) {
            canvas.selectSwing(null);
        }
        canvas.selectEvent(null);
        centred = null;
    }

    /** Reads the same window again, after swings changed. */
    public void reload() {
        if (store == null || centre == null) {
            return;
        }
        Instant[] window = TimelineModel.window(centre, span);
        long typed = typedOffsetMillis();
        load.start(() -> new TimelineQuery(store.queries()).load(window[0], window[1], typed), model -> {
            canvas.setModel(model);
            selectionChanged();
        }, failure -> info.setText("Cannot read the timeline: " + failure.getMessage()));
    }

    private void offsetChanged() {
        if (centred != null) {
            centre = centred.getSensorTimestamp().plusMillis(typedOffsetMillis());
        }
        canvas.setModel(canvas.model().withTypedOffset(typedOffsetMillis()));
        reload();
    }

    /** The offset typed in seconds; what cannot be read counts as 0 and is marked. */
    private long typedOffsetMillis() {
        try {
            long millis = Math.round(Double.parseDouble(offset.getText().strip().replace(',', '.')) * 1000);
            offset.setForeground(null);
            return millis;
        } catch (NumberFormatException e) {
            offset.setForeground(offset.getDisplay().getSystemColor(SWT.COLOR_RED));
            return 0;
        }
    }

    /**
     * A chosen event whose batter has a known clock offset lends it to the swings without one: the
     * swings of an unassigned sensor most likely belong to that batter.
     */
    private void takeBatterOffset() {
        String chosen = canvas.selectedEvent();
        if (chosen == null || chosen.equals(offsetFromEvent)) {
            return;
        }
        offsetFromEvent = chosen;
        canvas.model().event(chosen).map(EventMark::batterOffsetMillis)
                .filter(millis -> millis != typedOffsetMillis())
                .ifPresent(millis -> offset.setText(TimelineText.seconds(millis)));
    }

    private void selectionChanged() {
        TimelineModel model = canvas.model();
        Optional<SwingMark> swing = Optional.ofNullable(canvas.selectedSwing()).flatMap(model::swing);
        Optional<EventMark> event = Optional.ofNullable(canvas.selectedEvent()).flatMap(model::event);
        pair.setEnabled(actions != null && swing.isPresent() && event.isPresent());
        unpair.setEnabled(actions != null && swing.isPresent() && swing.get().pairedEventId() != null);
        StringBuilder text = new StringBuilder();
        swing.ifPresent(s -> text.append("Swing ").append(Cells.shortId(s.id()))
                .append(s.pairedEventId() == null ? "" : " (paired" + (s.pairing() == null ? "" : " " + s.pairing().label()) + ")"));
        event.ifPresent(e -> text.append(text.isEmpty() ? "" : "  and  ").append(describe(e)));
        if (text.isEmpty()) {
            text.append("Click a HitTrax event and a swing to pair them; the mouse wheel zooms.");
        }
        info.setText(text.toString());
        panel.layout(new Control[] { info });
    }

    private String describe(EventMark event) {
        return "event at " + TimelineText.time(event.time(), zone) + " (" + event.batter() + ")";
    }

    /**
     * Pairs the chosen swing and event, after asking when that takes either out of another pair; the
     * event is let go either way, so a second Pair cannot silently re-pair it.
     */
    private void pairChosen() {
        TimelineModel model = canvas.model();
        Optional<EventMark> event = Optional.ofNullable(canvas.selectedEvent()).flatMap(model::event);
        Optional<SwingMark> swing = Optional.ofNullable(canvas.selectedSwing()).flatMap(model::swing);
        if (swing.isEmpty() || event.isEmpty()) {
            return;
        }
        PairQuestion question = new PairQuestion(swing.get(), event.get(), describe(event.get()));
        boolean replace = question.replacesAPair();
        if (replace && !question.ask(panel.getShell())) {
            return;
        }
        canvas.selectEvent(null);
        actions.pair(swing.get().id(), event.get().id(), describe(event.get()), replace, this::failed);
    }

    private void unpairChosen() {
        if (canvas.selectedSwing() != null) {
            actions.unpair(canvas.selectedSwing(), this::failed);
        }
    }

    private void failed(IStatus status) {
        panel.getDisplay().asyncExec(() -> {
            if (!panel.isDisposed()) {
                MessageDialog.openError(panel.getShell(), "SwingLink", status.getMessage());
            }
        });
    }

    private Button button(String text, String id, String tip) {
        Button button = new Button(panel, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        button.setData(SwingLinkUi.WIDGET_ID, id);
        return button;
    }
}
