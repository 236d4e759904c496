package org.swinglink.ui.internal.table;

import java.util.function.Function;

import org.eclipse.swt.SWT;

/**
 * One column of a {@link LazyTable}.
 *
 * @param title     header text
 * @param width     initial width in average characters of the table's font
 * @param alignment {@link SWT#LEFT} or {@link SWT#RIGHT} (numbers)
 * @param text      the cell text of a row
 */
public record Column<T>(String title, int width, int alignment, Function<T, String> text) {

    public static <T> Column<T> text(String title, int width, Function<T, String> text) {
        return new Column<>(title, width, SWT.LEFT, text);
    }

    public static <T> Column<T> number(String title, Function<T, ?> number) {
        return new Column<>(title, Math.max(6, title.length() + 3), SWT.RIGHT, row -> String.valueOf(number.apply(row)));
    }

    /** A measurement with one decimal; empty when missing. */
    public static <T> Column<T> decimal(String title, Function<T, Double> number) {
        return new Column<>(title, Math.max(6, title.length() + 3), SWT.RIGHT, row -> {
            Double value = number.apply(row);
            return value == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", value);
        });
    }
}
