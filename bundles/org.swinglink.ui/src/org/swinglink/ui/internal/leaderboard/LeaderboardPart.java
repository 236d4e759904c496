package org.swinglink.ui.internal.leaderboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.swinglink.store.AggregateSettings;
import org.swinglink.store.Metric;
import org.swinglink.store.SeasonQueries.PlayerAggregates;
import org.swinglink.store.Store;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.FollowingDatabasePart;
import org.swinglink.ui.internal.UiPreferences;
import org.swinglink.ui.internal.parts.Cells;
import org.swinglink.ui.internal.table.BackgroundLoad;
import org.swinglink.ui.internal.table.Column;
import org.swinglink.ui.internal.table.LazyTable;
import org.swinglink.ui.internal.table.ShownReport;

import jakarta.annotation.PostConstruct;

/**
 * The team over a range of days: one row per player with every aggregate, best first by the chosen
 * metric, and its change against the range of the same length before. Any column sorts by a click.
 */
public class LeaderboardPart extends FollowingDatabasePart {
    /** The background load's name, for the workbench benchmark. */
    public static final String LOAD = "Summing the players' rows";
    private static final int DEFAULT_DAYS = 30;


    private Text from;
    private Text to;
    private Combo rankBy;
    private Label status;
    private LazyTable<PlayerAggregates> table;
    private BackgroundLoad<List<PlayerAggregates>> load;
    private boolean stale;
    private final ZoneId zone = UiPreferences.defaultZone();

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        LocalDate today = LocalDate.now(zone);
        from = day(bar, "From:", SwingLinkUi.LEADERBOARD_FROM, today.minusDays(DEFAULT_DAYS - 1));
        to = day(bar, "To:", SwingLinkUi.LEADERBOARD_TO, today);
        new Label(bar, SWT.NONE).setText("Rank by:");
        rankBy = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        rankBy.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.LEADERBOARD_METRIC);
        for (Metric metric : Metric.values()) {
            rankBy.add(metric.label());
        }
        rankBy.select(Metric.EXIT_VELOCITY_AVG.ordinal());
        rankBy.addListener(SWT.Selection, event -> reload());
        status = new Label(bar, SWT.NONE);
        status.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.LEADERBOARD_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        Button save = new Button(bar, SWT.PUSH);
        save.setText("Save...");
        save.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.LEADERBOARD_SAVE);
        save.setToolTipText("The leaderboard as CSV, or as a PNG picture for a coach");
        save.addListener(SWT.Selection, event -> ShownReport.saveAsked(parent.getShell(),
                "leaderboard-" + from.getText().trim() + "-" + to.getText().trim(), table.table(), parent));
        table = new LazyTable<>(parent, columns());
        table.keepSelectionBy(PlayerAggregates::playerId);
        table.table().setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.LEADERBOARD_TABLE);
        load = new BackgroundLoad<>(LOAD, parent, sync());
        reload();
    }

    private Text day(Composite bar, String label, String id, LocalDate value) {
        new Label(bar, SWT.NONE).setText(label);
        Text field = new Text(bar, SWT.BORDER | SWT.SINGLE);
        field.setData(SwingLinkUi.WIDGET_ID, id);
        field.setMessage("yyyy-mm-dd");
        field.setText(value.toString());
        GC gc = new GC(field);
        try {
            GridDataFactory.swtDefaults().hint(gc.textExtent("0000-00-00  ").x, SWT.DEFAULT).applyTo(field);
        } finally {
            gc.dispose();
        }
        field.addListener(SWT.DefaultSelection, event -> reload());
        field.addListener(SWT.FocusOut, event -> reload());
        return field;
    }

    private List<Column<PlayerAggregates>> columns() {
        List<Column<PlayerAggregates>> columns = new ArrayList<>();
        columns.add(Column.text("Player", 18, PlayerAggregates::name));
        for (Metric metric : Metric.values()) {
            columns.add(Column.number(Cells.heading(metric), (PlayerAggregates p) -> metric.of(p.current()), metric::format));
        }
        columns.add(Column.number("Change", (PlayerAggregates p) -> change(p, chosen()), value -> signed(value, chosen())));
        return columns;
    }

    private static String signed(Double value, Metric metric) {
        return (value >= 0 ? "+" : "") + metric.format(value);
    }

    private static Double change(PlayerAggregates player, Metric metric) {
        Double now = metric.of(player.current());
        Double before = metric.of(player.previous());
        return now == null || before == null ? null : now - before;
    }

    private Metric chosen() {
        return Metric.values()[Math.max(0, rankBy.getSelectionIndex())];
    }

    @Override
    protected void databaseChanged() {
        reloadWhenSeen();
    }

    /** After a big import the sums take seconds to catch up: a board nobody looks at is read again when shown. */
    private void reloadWhenSeen() {
        if (status != null && !status.isDisposed() && status.isVisible()) {
            reload();
        } else {
            stale = true;
        }
    }

    @Focus
    void focus() {
        if (stale) {
            stale = false;
            reload();
        }
        table.table().setFocus();
    }

    /** Shows the days from {@code first} to {@code last}, as if typed. */
    public void show(LocalDate first, LocalDate last) {
        from.setText(first.toString());
        to.setText(last.toString());
        reload();
    }

    private void reload() {
        if (status == null || status.isDisposed()) {
            return;
        }
        if (store() == null) {
            status.setText(noDatabase());
            return;
        }
        LocalDate first;
        LocalDate last;
        try {
            first = LocalDate.parse(from.getText().trim());
            last = LocalDate.parse(to.getText().trim());
        } catch (DateTimeParseException e) {
            status.setText("Days are written yyyy-mm-dd: " + e.getParsedString());
            return;
        }
        if (last.isBefore(first)) {
            status.setText("The range ends before it starts.");
            return;
        }
        Metric metric = chosen();
        Store current = store();
        status.setText("Summing the players' rows from " + first + " to " + last + "...");
        load.start(() -> current.seasons().leaderboard(first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1), AggregateSettings.DEFAULT), players -> {
                    List<PlayerAggregates> ranked = new ArrayList<>(players);
                    ranked.sort(Comparator.comparing((PlayerAggregates p) -> metric.of(p.current()),
                            Comparator.nullsLast(Comparator.reverseOrder())));
                    table.show(ranked);
                    long days = ChronoUnit.DAYS.between(first, last) + 1;
                    status.setText(ranked.isEmpty() ? "No player has a swing or HitTrax event from " + first + " to " + last + "."
                            : String.format(Locale.ROOT, "%d player%s, best first by %s; the change is against the %d day%s before.",
                                    ranked.size(), ranked.size() == 1 ? "" : "s", metric.label().toLowerCase(Locale.ROOT), days,
                                    days == 1 ? "" : "s"));
                    status.getParent().layout();
                }, failure -> status.setText("Cannot read the database: " + failure.getMessage()));
    }
}
