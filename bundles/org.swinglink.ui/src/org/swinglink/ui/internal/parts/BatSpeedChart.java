package org.swinglink.ui.internal.parts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.swinglink.store.PlayerRow;
import org.swinglink.ui.SwingLinkUi;

/**
 * Bat speed of a player's swings over time, paired with a ball or not: needs only the bat sensor,
 * so it shows a player who never hit in front of HitTrax. Swings alone are at their sensor's time.
 */
final class BatSpeedChart {
    private final Chart chart;
    private final ILineSeries<?> swings;
    private final ZoneId zone;

    BatSpeedChart(Composite parent, ZoneId zone) {
        this.zone = zone;
        chart = new Chart(parent, SWT.NONE);
        chart.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_BAT_SPEED_CHART);
        chart.getTitle().setText("Bat speed over time");
        chart.getLegend().setVisible(false);
        ChartFonts.apply(chart);
        chart.getAxisSet().getXAxis(0).getTitle().setText("Time");
        chart.getAxisSet().getYAxis(0).getTitle().setText("Bat speed (mph)");
        swings = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, SwingLinkUi.SERIES_BAT_SPEEDS);
        swings.setLineStyle(LineStyle.NONE);
        swings.setSymbolType(PlotSymbolType.CIRCLE);
        swings.setSymbolSize(3);
        swings.setSymbolColor(new Color(0x2e, 0x8b, 0x57));
        show(List.of());
    }

    /** Plots every swing of the rows that has a time and a bat speed (the rows come by time). */
    void show(List<PlayerRow> rows) {
        List<PlayerRow> timed = rows.stream()
                .filter(row -> row.hasSwing() && row.swing().getBatSpeed() != null && row.time() != null).toList();
        double[] times = new double[timed.size()];
        double[] batSpeeds = new double[timed.size()];
        for (int i = 0; i < timed.size(); i++) {
            times[i] = timed.get(i).time().toEpochMilli();
            batSpeeds[i] = timed.get(i).swing().getBatSpeed();
        }
        swings.setXSeries(times);
        swings.setYSeries(batSpeeds);
        IAxis x = chart.getAxisSet().getXAxis(0);
        Instant last = Instant.now();
        Instant first = last.minus(Duration.ofDays(1));
        if (timed.isEmpty()) {
            x.setRange(new Range(first.toEpochMilli(), last.toEpochMilli()));
            chart.getAxisSet().getYAxis(0).setRange(new Range(40, 90));
        } else {
            chart.getAxisSet().adjustRange();
            first = timed.get(0).time();
            last = timed.get(timed.size() - 1).time();
        }
        TimeTicks ticks = TimeTicks.between(first, last, zone);
        x.getTick().setFormat(ticks);
        x.getTitle().setText(ticks.title());
        chart.getTitle().setText(timed.isEmpty() ? "Bat speed over time (no swings)" : "Bat speed over time");
        chart.redraw();
    }

    Chart control() {
        return chart;
    }
}
