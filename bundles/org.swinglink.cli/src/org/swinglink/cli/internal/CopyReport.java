package org.swinglink.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import org.swinglink.store.TableComparison;

/** What {@code swinglink copy} prints: each table's rows and checksum on both sides, and whether they are equal. */
final class CopyReport {
    private final List<TableComparison> tables;

    CopyReport(List<TableComparison> tables) {
        this.tables = tables;
    }

    void print(PrintWriter out) {
        int width = tables.stream().mapToLong(t -> Math.max(t.sourceRows(), t.targetRows())).mapToObj(Long::toString)
                .mapToInt(String::length).max().orElse(1);
        TextTable table = new TextTable("TABLE", right("SOURCE ROWS", width), right("TARGET ROWS", width), "SOURCE CHECKSUM",
                "TARGET CHECKSUM", "");
        for (TableComparison t : tables) {
            table.row(t.table(), right(Long.toString(t.sourceRows()), width), right(Long.toString(t.targetRows()), width),
                    t.sourceChecksum(), t.targetChecksum(), t.equal() ? "equal" : "DIFFERENT");
        }
        table.print(out, "");
        out.println("Season sums are not copied: the target sums them again from the copied rows at its first read.");
        long different = tables.stream().filter(t -> !t.equal()).count();
        out.println(different == 0 ? "All " + tables.size() + " tables equal."
                : different + " of " + tables.size() + " tables DIFFERENT: the target does not hold what the source holds.");
    }

    /** Right-aligned in a column at least as wide as its heading. */
    private static String right(String text, int width) {
        width = Math.max(width, "SOURCE ROWS".length());
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
