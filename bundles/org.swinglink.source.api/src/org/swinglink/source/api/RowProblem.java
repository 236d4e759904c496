package org.swinglink.source.api;

/**
 * Why one row of a file could not be read.
 *
 * @param line    1-based line of the file where the row starts
 * @param column  1-based column (field) of the offending value, 0 when it concerns the whole row
 * @param message what was found and what was expected, for example
 *                {@code "Date: '13/45/2024 10:00' is not a date like 9/14/2024 16:08:24.883"}
 */
public record RowProblem(long line, int column, String message) {

    /**
     * Where and what, in one line.
     *
     * @return the problem as people read it: {@code line 12, column 3: message}
     */
    public String describe() {
        return column > 0 ? "line " + line + ", column " + column + ": " + message : "line " + line + ": " + message;
    }
}
