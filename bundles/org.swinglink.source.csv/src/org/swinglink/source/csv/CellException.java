package org.swinglink.source.csv;

/** A cell whose text is not what the column holds; becomes a row problem at the cell's line and column. */
public class CellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** 0-based index of the cell. */
    private final int column;

    /**
     * A cell that cannot be read.
     *
     * @param column  0-based index of the cell
     * @param message what was found and what was expected
     */
    public CellException(int column, String message) {
        super(message);
        this.column = column;
    }

    /** {@return the 0-based index of the cell} */
    public int getColumn() {
        return column;
    }
}
