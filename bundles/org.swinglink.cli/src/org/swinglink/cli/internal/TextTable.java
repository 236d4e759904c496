package org.swinglink.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with columns as wide as their widest cell; numbers should be passed right-aligned by the caller. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... headings) {
        this.columns = headings.length;
        rows.add(headings);
    }

    TextTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : String.valueOf(c)).toArray(String[]::new));
        return this;
    }

    /** Rows besides the headings. */
    int size() {
        return rows.size() - 1;
    }

    void print(PrintWriter out, String indent) {
        print(out, indent, widths());
    }

    /** With the columns this wide (at least as wide as {@link #widths()}). */
    void print(PrintWriter out, String indent, int[] widths) {
        for (String[] row : rows) {
            out.println(line(indent, widths, row));
        }
    }

    int[] widths() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    static String line(String indent, int[] widths, Object[] cells) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : String.valueOf(cells[i]);
            line.append(i == 0 ? "" : "  ").append(cell);
            line.append(" ".repeat(Math.max(0, widths[i] - cell.length())));
        }
        return line.toString().stripTrailing();
    }
}
