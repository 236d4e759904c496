package org.swinglink.ui.internal.table;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.swt.SWT;

/**
 * One column of a {@link LazyTable}.
 *
 * @param title     header text
 * @param width     initial width in average characters of the table's font
 * @param alignment {@link SWT#LEFT} or {@link SWT#RIGHT} (numbers)
 * @param text      the cell text of a row
 * @param order     how a click on the header sorts the rows (ascending; a second click reverses)
 */
public record Column<T>(String title, int width, int alignment, Function<T, String> text, Comparator<T> order) {

    public Column(String title, int width, int alignment, Function<T, String> text) {
        this(title, width, alignment, text, byText(text));
    }

    public static <T> Column<T> text(String title, int width, Function<T, String> text) {
        return new Column<>(title, width, SWT.LEFT, text);
    }

    /** Sorted by value, not by text, so 9 comes before 10; rows without a value last. */
    public static <T> Column<T> number(String title, Function<T, ?> number) {
        return new Column<>(title, Math.max(6, title.length() + 3), SWT.RIGHT, row -> String.valueOf(number.apply(row)),
                byValue(number));
    }

    /**
     * A number column whose cells are formatted by {@code format}, as narrow as its header allows
     * (measurements of a few digits); empty cells for rows without a value.
     */
    public static <T, V extends Comparable<? super V>> Column<T> number(String title, Function<T, V> number,
            Function<V, String> format) {
        return new Column<>(title, 6, SWT.RIGHT, row -> {
            V value = number.apply(row);
            return value == null ? "" : format.apply(value);
        }, byValue(number));
    }

    /** The same column sorted another way, e.g. a time column by its instant. */
    public <V extends Comparable<? super V>> Column<T> sortedBy(Function<T, V> key) {
        return new Column<>(title, width, alignment, text, byValue(key));
    }

    private static <T> Comparator<T> byText(Function<T, String> text) {
        return Comparator.comparing(row -> {
            String value = text.apply(row);
            return value == null ? "" : value;
        }, String.CASE_INSENSITIVE_ORDER);
    }

    private static <T> Comparator<T> byValue(Function<T, ?> key) {
        return new ByValue<>(key, 1);
    }

    /** Rows without a value go last whichever way the column is sorted: they are rarely what one looks for. */
    private record ByValue<T>(Function<T, ?> key, int direction) implements Comparator<T> {
        @Override
        @SuppressWarnings({ "unchecked", "rawtypes" })
        public int compare(T a, T b) {
            Object x = key.apply(a);
            Object y = key.apply(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            if (x instanceof Comparable comparable && x.getClass().isInstance(y)) {
                return direction * comparable.compareTo(y);
            }
            return direction * String.valueOf(x).compareToIgnoreCase(String.valueOf(y));
        }

        @Override
        public Comparator<T> reversed() {
            return new ByValue<>(key, -direction);
        }
    }

    /** A measurement with one decimal; empty when missing. */
    public static <T> Column<T> decimal(String title, Function<T, Double> number) {
        return new Column<>(title, Math.max(6, title.length() + 3), SWT.RIGHT, row -> {
            Double value = number.apply(row);
            return value == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", value);
        });
    }
}
