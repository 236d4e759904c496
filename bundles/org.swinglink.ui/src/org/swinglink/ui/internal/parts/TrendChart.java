package org.swinglink.ui.internal.parts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.swinglink.store.SeasonQueries.Period;
import org.swinglink.ui.SwingLinkUi;

/**
 * One metric over a player's sessions: each session's average (line and dots), its maximum (dots)
 * and the average of the last {@value #ROLLING} sessions (a thicker line). A click on the plot picks
 * the nearest session; a selected session is ringed; hovering names the session and its figures.
 */
final class TrendChart {
    static final int ROLLING = 5;
    /** How far from a point, in pixels, a click or a hover still means it. */
    private static final int REACH_PIXELS = 24;

    private final Chart chart;
    private final ILineSeries<?> averages;
    private final ILineSeries<?> maxima;
    private final ILineSeries<?> rolling;
    private final ILineSeries<?> selected;
    private final ZoneId zone;
    private List<Period> plotted = List.of();
    private TrendMetric metric = TrendMetric.ALL.get(0);

    TrendChart(Composite parent, ZoneId zone) {
        this.zone = zone;
        chart = new Chart(parent, SWT.NONE);
        chart.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_TREND_CHART);
        ChartFonts.apply(chart);
        averages = series(SwingLinkUi.SERIES_TREND_AVERAGE, "Session average", new Color(0x1f, 0x6f, 0xb4), LineStyle.SOLID, 4);
        maxima = series(SwingLinkUi.SERIES_TREND_MAXIMUM, "Session maximum", new Color(0xd9, 0x5f, 0x02), LineStyle.NONE, 4);
        rolling = series(SwingLinkUi.SERIES_TREND_ROLLING, "Average of " + ROLLING + " sessions", new Color(0x2e, 0x8b, 0x57),
                LineStyle.SOLID, 0);
        rolling.setLineWidth(3);
        selected = series(SwingLinkUi.SERIES_TREND_SELECTED, "Selected session", new Color(0xc0, 0x1c, 0x28), LineStyle.NONE, 9);
        selected.setSymbolType(PlotSymbolType.CIRCLE);
        selected.setVisibleInLegend(false);
        chart.getLegend().setPosition(SWT.BOTTOM);
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseMove, event -> plot.setToolTipText(nearest(event.x, event.y) < 0 ? null
                : tooltip(plotted.get(nearest(event.x, event.y)))));
        show(List.of(), metric);
    }

    private ILineSeries<?> series(String id, String name, Color color, LineStyle line, int symbol) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setDescription(name);
        series.setLineColor(color);
        series.setSymbolColor(color);
        series.setLineStyle(line);
        series.setSymbolType(symbol == 0 ? PlotSymbolType.NONE : PlotSymbolType.CIRCLE);
        series.setSymbolSize(Math.max(1, symbol));
        return series;
    }

    /** Calls {@code picked} with the session nearest a click on the plot, if one is near enough. */
    void onPick(Consumer<Period> picked) {
        chart.getPlotArea().getControl().addListener(SWT.MouseDown, event -> {
            int index = nearest(event.x, event.y);
            if (index >= 0) {
                picked.accept(plotted.get(index));
            }
        });
    }

    void show(List<Period> sessions, TrendMetric shown) {
        this.metric = shown;
        plotted = sessions.stream().filter(p -> shown.average().of(p.aggregates()) != null).toList();
        double[] times = new double[plotted.size()];
        double[] average = new double[plotted.size()];
        double[] rollingAverage = new double[plotted.size()];
        List<double[]> maximum = new ArrayList<>();
        double window = 0;
        for (int i = 0; i < plotted.size(); i++) {
            Period period = plotted.get(i);
            times[i] = period.start().toEpochMilli();
            average[i] = shown.average().of(period.aggregates()) * shown.scale();
            window += average[i];
            if (i >= ROLLING) {
                window -= average[i - ROLLING];
            }
            rollingAverage[i] = window / Math.min(i + 1, ROLLING);
            Double max = shown.maximum() == null ? null : shown.maximum().of(period.aggregates());
            if (max != null) {
                maximum.add(new double[] { times[i], max * shown.scale() });
            }
        }
        averages.setXSeries(times);
        averages.setYSeries(average);
        rolling.setXSeries(times);
        rolling.setYSeries(rollingAverage);
        maxima.setXSeries(maximum.stream().mapToDouble(point -> point[0]).toArray());
        maxima.setYSeries(maximum.stream().mapToDouble(point -> point[1]).toArray());
        maxima.setVisibleInLegend(shown.maximum() != null);
        highlight(null);
        chart.getTitle().setText(plotted.isEmpty() ? shown.label() + ": no session measured it"
                : shown.label() + " over " + plotted.size() + " session" + (plotted.size() == 1 ? "" : "s"));
        chart.getAxisSet().getYAxis(0).getTitle().setText(shown.label());
        fitAxes();
    }

    /** The axes over the plotted points alone: SWTChart's own fit counts the empty series as zero. */
    private void fitAxes() {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        if (plotted.isEmpty()) {
            long now = System.currentTimeMillis();
            x.setRange(new Range(now - 86_400_000L, now));
            y.setRange(new Range(0, 1));
        } else {
            double first = plotted.get(0).start().toEpochMilli();
            double last = plotted.get(plotted.size() - 1).start().toEpochMilli();
            double margin = Math.max(3_600_000, (last - first) * 0.04);
            x.setRange(new Range(first - margin, last + margin));
            double low = Double.MAX_VALUE;
            double high = -Double.MAX_VALUE;
            for (ILineSeries<?> series : List.of(averages, maxima, rolling)) {
                for (double value : series.getYSeries()) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
            double room = Math.max(0.5, (high - low) * 0.08);
            y.setRange(new Range(low - room, high + room));
        }
        Instant first = plotted.isEmpty() ? Instant.now().minusSeconds(86_400) : plotted.get(0).start();
        Instant last = plotted.isEmpty() ? Instant.now() : plotted.get(plotted.size() - 1).start();
        TimeTicks ticks = TimeTicks.between(first, last, zone);
        x.getTick().setFormat(ticks);
        x.getTitle().setText(ticks.title());
        chart.redraw();
    }

    /** Rings the session's average (nothing when null or not plotted). */
    void highlight(Period period) {
        int index = period == null ? -1 : plotted.indexOf(period);
        if (index < 0) {
            selected.setXSeries(new double[0]);
            selected.setYSeries(new double[0]);
        } else {
            selected.setXSeries(new double[] { plotted.get(index).start().toEpochMilli() });
            selected.setYSeries(new double[] { metric.average().of(plotted.get(index).aggregates()) * metric.scale() });
        }
        chart.redraw();
    }

    /** The plotted session whose average is nearest the pixel, or -1 when none is within reach. */
    private int nearest(int pixelX, int pixelY) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        int best = -1;
        double bestDistance = REACH_PIXELS;
        for (int i = 0; i < plotted.size(); i++) {
            int px = x.getPixelCoordinate(plotted.get(i).start().toEpochMilli());
            int py = y.getPixelCoordinate(metric.average().of(plotted.get(i).aggregates()) * metric.scale());
            double distance = Math.hypot(px - pixelX, py - pixelY);
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private String tooltip(Period period) {
        String text = SessionsTable.label(period, zone) + "\n" + metric.label() + ": "
                + metric.average().format(metric.average().of(period.aggregates())) + " average";
        if (metric.maximum() != null && metric.maximum().of(period.aggregates()) != null) {
            text += ", " + metric.maximum().format(metric.maximum().of(period.aggregates())) + " maximum";
        }
        return text + "\n" + period.aggregates().swings() + " swings, " + period.aggregates().events() + " HitTrax events, "
                + period.aggregates().pairs() + " pairs";
    }

    /** The session the chart's pixel points at, for tests that click as a user would. */
    int pixelX(Period period) {
        return chart.getAxisSet().getXAxis(0).getPixelCoordinate(period.start().toEpochMilli());
    }

    int pixelY(Period period) {
        return chart.getAxisSet().getYAxis(0).getPixelCoordinate(metric.average().of(period.aggregates()) * metric.scale());
    }

    List<Period> plotted() {
        return plotted;
    }

    Chart control() {
        return chart;
    }
}
