package org.swinglink.cli.internal;

import java.io.PrintWriter;

/**
 * A {@link TextTable} printed while its rows arrive, for listings that may run to a season's
 * 100,000 rows: the columns are as wide as the headings and the first {@value #SAMPLE} rows need;
 * a longer cell after them widens only its own line. Nothing is printed for no rows.
 */
final class StreamedTextTable {
    static final int SAMPLE = 1000;

    private final PrintWriter out;
    private final TextTable sample;
    private final int[] minimum;
    private int[] widths;
    private long rows;

    StreamedTextTable(PrintWriter out, String... headings) {
        this.out = out;
        this.sample = new TextTable(headings);
        this.minimum = new int[headings.length];
    }

    /**
     * Keeps a column at least {@code width} wide, for cells that grow along the listing, such as ids
     * handed out in increasing order (1000 first, 10000 later).
     */
    StreamedTextTable atLeast(int column, int width) {
        minimum[column] = width;
        return this;
    }

    void row(Object... cells) {
        rows++;
        if (widths != null) {
            out.println(TextTable.line("", widths, cells));
            return;
        }
        sample.row(cells);
        if (sample.size() == SAMPLE) {
            printSample();
        }
    }

    /** Prints what is still held back; returns how many rows the table had. */
    long finish() {
        if (widths == null && rows > 0) {
            printSample();
        }
        out.flush();
        return rows;
    }

    private void printSample() {
        widths = sample.widths();
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], minimum[i]);
        }
        sample.print(out, "", widths);
    }
}
