package org.swinglink.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;

/**
 * Gives a chart fonts of its own display. SWTChart keeps its default fonts in static fields made
 * on the first display; once that display is gone (a second workbench in the same JVM, as the UI
 * tests run) painting with them fails with "Argument not valid".
 */
final class ChartFonts {
    private ChartFonts() {
    }

    static void apply(Chart chart) {
        Font text = chart.getFont();
        FontData[] boldData = text.getFontData();
        for (FontData data : boldData) {
            data.setStyle(SWT.BOLD);
        }
        Font bold = new Font(chart.getDisplay(), boldData);
        chart.addDisposeListener(event -> bold.dispose());
        chart.getTitle().setFont(bold);
        chart.getLegend().setFont(text);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setFont(bold);
            axis.getTick().setFont(text);
        }
    }
}
