package org.swinglink.ui.internal.parts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.swinglink.store.EventFilter;
import org.swinglink.store.Pairing;
import org.swinglink.store.PlayerRow;
import org.swinglink.store.PlayerRowFilter;
import org.swinglink.store.PlayerVisit;

/**
 * The row of filters over a player's data: which rows (pairs, swings alone, HitTrax events alone),
 * a range of days in the workbench's zone, one visit to the cage, and the balls of one pitch type
 * or result (with the swings paired with them). The rows are loaded once per
 * player; filtering never asks the database again.
 */
public final class PlayerFilterBar {
    public static final String SHOW = "player.filter.show";
    public static final String FROM = "player.filter.from";
    public static final String TO = "player.filter.to";
    public static final String VISIT = "player.filter.visit";
    public static final String PITCH_TYPE = "player.filter.pitchType";
    public static final String RESULT = "player.filter.result";

    /** The choices of Show, in the combo's order; null shows every row. */
    private static final List<Pairing> SHOWN = java.util.Arrays.asList(null, Pairing.PAIRED, Pairing.SENSOR_ONLY,
            Pairing.HITTRAX_ONLY);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Composite bar;
    private final Combo show;
    private final Text from;
    private final Text to;
    private final Combo visit;
    private final Combo pitchType;
    private final Combo result;
    private final ZoneId zone;
    private final Consumer<PlayerRowFilter> changed;
    private final List<PlayerVisit> visits = new ArrayList<>();
    private PlayerRowFilter last;
    private EventFilter lastBalls = EventFilter.ALL;

    public PlayerFilterBar(Composite parent, ZoneId zone, Consumer<PlayerRowFilter> changed) {
        this.zone = zone;
        this.changed = changed;
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(12).spacing(6, 0).applyTo(bar);
        FilterFields fields = new FilterFields(bar, this::fire);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        show = fields.combo("Show:", SHOW, 12);
        show.setItems("All", "Paired", "Sensor only", "HitTrax only");
        show.select(0);
        show.setToolTipText("Pairs of a swing and its ball, swings no ball was paired with, or HitTrax events no swing was paired with");
        from = fields.day("From:", FROM);
        to = fields.day("to:", TO);
        visit = fields.combo("Visit:", VISIT, 48);
        visit.setVisibleItemCount(20);
        visit.setToolTipText("A visit to the cage: rows with no gap of more than thirty minutes; swings alone count at their sensor's time");
        pitchType = fields.combo("Pitch:", PITCH_TYPE, 14);
        pitchType.setToolTipText("Only HitTrax balls of this pitch type, and the swings paired with them");
        result = fields.combo("Result:", RESULT, 14);
        result.setToolTipText("Only HitTrax balls with this result, and the swings paired with them");
        setVisits(List.of());
        setBalls(List.of());
    }

    /** Offers the pitch types and results of the player's balls, keeping the chosen ones if they are still there. */
    public void setBalls(List<PlayerRow> rows) {
        offer(pitchType, "All pitches", rows.stream().filter(PlayerRow::hasEvent).map(row -> row.event().getPitchType()));
        offer(result, "All results", rows.stream().filter(PlayerRow::hasEvent).map(row -> row.event().getResult()));
        lastBalls = balls();
    }

    private static void offer(Combo combo, String all, java.util.stream.Stream<String> values) {
        String chosen = combo.getSelectionIndex() > 0 ? combo.getItem(combo.getSelectionIndex()) : null;
        combo.removeAll();
        combo.add(all);
        values.filter(Objects::nonNull).filter(value -> !value.isBlank()).distinct().sorted().forEach(combo::add);
        int keep = chosen == null ? -1 : combo.indexOf(chosen);
        combo.select(Math.max(0, keep));
    }

    /** The balls the pitch and result choices keep. */
    public EventFilter balls() {
        return new EventFilter(chosen(pitchType), chosen(result));
    }

    private static java.util.Set<String> chosen(Combo combo) {
        return combo.getSelectionIndex() > 0 ? java.util.Set.of(combo.getItem(combo.getSelectionIndex())) : java.util.Set.of();
    }

    public Composite control() {
        return bar;
    }

    /** Offers a player's visits, newest first, keeping the chosen one if it is still there. */
    public void setVisits(List<PlayerVisit> newVisits) {
        PlayerVisit chosen = selectedVisit();
        visits.clear();
        visits.addAll(newVisits.reversed());
        visit.removeAll();
        visit.add("All visits");
        visits.forEach(v -> visit.add(label(v)));
        int keep = chosen == null ? -1 : indexOfVisitStarting(chosen.start());
        visit.select(keep + 1);
        last = filter();
    }

    private int indexOfVisitStarting(Instant start) {
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).start().equals(start)) {
                return i;
            }
        }
        return -1;
    }

    /** "2023-10-03 14:05-15:20  (45 swings, 0 HitTrax events, 0 paired)"; the end's day when it differs. */
    String label(PlayerVisit v) {
        var start = v.start().atZone(zone);
        var end = v.end().atZone(zone);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_AND_TIME.format(end);
        return DAY_AND_TIME.format(start) + "\u2013" + until + "  (" + PlayerCounts.of(v).text() + ")";
    }

    public PlayerRowFilter filter() {
        LocalDate first = FilterFields.dayIn(from);
        LocalDate lastDay = FilterFields.dayIn(to);
        return new PlayerRowFilter(SHOWN.get(Math.max(0, show.getSelectionIndex())),
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant(), selectedVisit());
    }

    private PlayerVisit selectedVisit() {
        int index = visit.getSelectionIndex();
        return index <= 0 || index > visits.size() ? null : visits.get(index - 1);
    }

    private void fire() {
        PlayerRowFilter now = filter();
        EventFilter nowBalls = balls();
        if (!Objects.equals(now, last) || !nowBalls.equals(lastBalls)) {
            last = now;
            lastBalls = nowBalls;
            changed.accept(now);
        }
    }
}
