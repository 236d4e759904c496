package org.swinglink.ui.internal.parts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.swinglink.store.Pairing;
import org.swinglink.store.PlayerRow;
import org.swinglink.ui.SwingLinkUi;

/** Exit velocity over bat speed of a player's batted balls: does swinging harder hit harder? */
final class ExitVeloBatSpeedChart {
    private final Chart chart;
    private final ILineSeries<?> battedBalls;

    ExitVeloBatSpeedChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.setData(SwingLinkUi.WIDGET_ID, SwingLinkUi.PLAYER_EXIT_VELO_CHART);
        chart.getTitle().setText("Exit velocity vs bat speed");
        chart.getLegend().setVisible(false);
        ChartFonts.apply(chart);
        chart.getAxisSet().getXAxis(0).getTitle().setText("Bat speed (mph)");
        chart.getAxisSet().getYAxis(0).getTitle().setText("Exit velocity (mph)");
        battedBalls = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, SwingLinkUi.SERIES_BATTED_BALLS);
        battedBalls.setLineStyle(LineStyle.NONE);
        battedBalls.setSymbolType(PlotSymbolType.CIRCLE);
        battedBalls.setSymbolSize(4);
        battedBalls.setSymbolColor(new Color(0x1f, 0x6f, 0xb4));
        show(List.of());
    }

    /** Plots the pairs whose ball was put in play (a take or a miss has no exit velocity); other rows have no point. */
    void show(List<PlayerRow> rows) {
        List<PlayerRow> batted = rows.stream().filter(ExitVeloBatSpeedChart::isBattedBall).toList();
        double[] batSpeeds = new double[batted.size()];
        double[] exitVelocities = new double[batted.size()];
        for (int i = 0; i < batted.size(); i++) {
            batSpeeds[i] = batted.get(i).swing().getBatSpeed();
            exitVelocities[i] = batted.get(i).event().getExitVelocity();
        }
        battedBalls.setXSeries(batSpeeds);
        battedBalls.setYSeries(exitVelocities);
        chart.getTitle().setText(batted.isEmpty() ? "Exit velocity vs bat speed (no pairs)"
                : "Exit velocity vs bat speed");
        if (batted.isEmpty()) {
            chart.getAxisSet().getXAxis(0).setRange(new Range(40, 90));
            chart.getAxisSet().getYAxis(0).setRange(new Range(40, 110));
        } else {
            chart.getAxisSet().adjustRange();
        }
        chart.redraw();
    }

    static boolean isBattedBall(PlayerRow row) {
        if (row.pairing() != Pairing.PAIRED) {
            return false;
        }
        Double exitVelocity = row.event().getExitVelocity();
        return row.swing().getBatSpeed() != null && exitVelocity != null && exitVelocity > 0;
    }

    Chart control() {
        return chart;
    }
}
