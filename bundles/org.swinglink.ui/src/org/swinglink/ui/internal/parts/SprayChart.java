package org.swinglink.ui.internal.parts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.store.PlayerRow;
import org.swinglink.ui.SwingLinkUi;

/**
 * Where a player's batted balls landed, seen from above with home plate at the bottom and the foul
 * lines drawn; feet per pixel are kept equal both ways so the field keeps its shape when resized.
 */
final class SprayChart {
    private final Chart chart;
    private final ILineSeries<?> landings;
    private final ILineSeries<?> leftFoulLine;
    private final ILineSeries<?> rightFoulLine;
    private double reach = SprayPoints.reach(List.of());

    SprayChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_SPRAY_CHART);
        chart.getTitle().setText("Spray chart");
        chart.getLegend().setVisible(false);
        ChartFonts.apply(chart);
        chart.getAxisSet().getXAxis(0).getTitle().setText("Feet to the right of center (negative: left)");
        chart.getAxisSet().getYAxis(0).getTitle().setText("Feet toward center field");
        leftFoulLine = foulLine("foulLineLeft");
        rightFoulLine = foulLine("foulLineRight");
        landings = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, SwingLinkUi.SERIES_LANDINGS);
        landings.setLineStyle(LineStyle.NONE);
        landings.setSymbolType(PlotSymbolType.CIRCLE);
        landings.setSymbolSize(4);
        landings.setSymbolColor(new Color(0xc0, 0x39, 0x2b));
        chart.getPlotArea().getControl().addListener(SWT.Resize, event -> fitAxes());
        show(List.of());
    }

    private ILineSeries<?> foulLine(String id) {
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        line.setSymbolType(PlotSymbolType.NONE);
        line.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        line.setLineWidth(2);
        return line;
    }

    /** Plots where the balls of the rows landed, paired with a swing or not, when HitTrax has a distance and an angle. */
    void show(List<PlayerRow> rows) {
        List<HitTraxEvent> balls = rows.stream().filter(PlayerRow::hasEvent).map(PlayerRow::event).toList();
        List<SprayPoints.Point> points = SprayPoints.landings(balls, HitTraxEvent::getDistance,
                HitTraxEvent::getHorizontalAngle);
        double[][] xy = SprayPoints.arrays(points);
        landings.setXSeries(xy[0]);
        landings.setYSeries(xy[1]);
        reach = SprayPoints.reach(points);
        chart.getTitle().setText(points.isEmpty() ? "Spray chart (no batted balls)" : "Spray chart");
        setLine(leftFoulLine, SprayPoints.foulLine(-1, reach));
        setLine(rightFoulLine, SprayPoints.foulLine(1, reach));
        fitAxes();
    }

    private static void setLine(ILineSeries<?> line, List<SprayPoints.Point> points) {
        double[][] xy = SprayPoints.arrays(points);
        line.setXSeries(xy[0]);
        line.setYSeries(xy[1]);
    }

    private void fitAxes() {
        Point size = chart.getPlotArea().getSize();
        double[] ranges = SprayPoints.equalAspect(reach, size.x, size.y);
        chart.getAxisSet().getXAxis(0).setRange(new Range(ranges[0], ranges[1]));
        chart.getAxisSet().getYAxis(0).setRange(new Range(ranges[2], ranges[3]));
        chart.redraw();
    }

    Chart control() {
        return chart;
    }
}
