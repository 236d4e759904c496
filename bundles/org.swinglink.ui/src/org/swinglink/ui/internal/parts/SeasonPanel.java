package org.swinglink.ui.internal.parts;

import java.time.ZoneId;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.swinglink.store.SeasonQueries.Period;
import org.swinglink.ui.SwingLinkUi;
import org.swinglink.ui.internal.table.ShownReport;

/**
 * A player's season, session by session: the sessions table over the trend of one metric. Picking a
 * session in either selects it in the other.
 */
final class SeasonPanel {
    private final Composite panel;
    private final Combo metricChoice;
    /** Whose sessions and when: a saved picture says it too. */
    private final Label heading;
    private final ZoneId zone;
    private final SessionsTable table;
    private final TrendChart chart;
    private List<Period> sessions = List.of();
    private String reportName = "player";

    SeasonPanel(Composite parent, ZoneId zone) {
        this.zone = zone;
        panel = new Composite(parent, SWT.NONE);
        panel.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_SESSIONS_PANEL);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(panel);
        Composite bar = new Composite(panel, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Trend of:");
        metricChoice = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        metricChoice.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_TREND_METRIC);
        TrendMetric.ALL.forEach(metric -> metricChoice.add(metric.label()));
        metricChoice.select(0);
        metricChoice.setToolTipText("The metric the chart follows: each session's average, its maximum and the average of "
                + TrendChart.ROLLING + " sessions");
        heading = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(heading);
        Button save = new Button(bar, SWT.PUSH);
        save.setText("Save...");
        save.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_SESSIONS_SAVE);
        save.setToolTipText("The sessions table as CSV, or table and trend as one PNG picture for a coach");
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(save);
        SashForm tableOverChart = new SashForm(panel, SWT.VERTICAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableOverChart);
        Composite holder = new Composite(tableOverChart, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        table = new SessionsTable(holder, zone);
        chart = new TrendChart(tableOverChart, zone);
        tableOverChart.setWeights(40, 60);
        metricChoice.addListener(SWT.Selection, event -> redrawTrend());
        table.onSelect(chart::highlight);
        chart.onPick(period -> {
            table.select(period);
            chart.highlight(period);
        });
        save.addListener(SWT.Selection, event -> ShownReport.saveAsked(panel.getShell(),
                reportName.replaceAll("[^\\p{L}\\p{N}]+", "-") + "-sessions", table.control(), panel));
    }

    /** @param player whose sessions they are, for the name of a saved report */
    void show(List<Period> periods, String player) {
        sessions = List.copyOf(periods);
        reportName = player;
        heading.setText(sessions.isEmpty() ? player + ": no sessions" : String.format(java.util.Locale.ROOT,
                "   %s: %d session%s from %s to %s", player, sessions.size(), sessions.size() == 1 ? "" : "s",
                java.time.LocalDate.ofInstant(sessions.get(0).start(), zone),
                java.time.LocalDate.ofInstant(sessions.get(sessions.size() - 1).start(), zone)));
        table.show(sessions);
        redrawTrend();
    }

    /** Shows nothing, while another player's sessions load: never one player's under another's name. */
    void clear() {
        sessions = List.of();
        heading.setText("");
        table.show(sessions);
        redrawTrend();
    }

    private void redrawTrend() {
        chart.show(sessions, TrendMetric.ALL.get(Math.max(0, metricChoice.getSelectionIndex())));
        chart.highlight(table.selected());
    }

    Composite control() {
        return panel;
    }
}
