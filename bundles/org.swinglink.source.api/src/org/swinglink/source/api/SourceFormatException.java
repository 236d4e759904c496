package org.swinglink.source.api;

/** A file that cannot be read in the format at all, with the place where reading stopped. */
public class SourceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The file's name as the user knows it. */
    private final String fileName;
    /** 1-based line, 0 when not at one line. */
    private final long line;
    /** 1-based column, 0 when not at one column. */
    private final int column;
    /** What was found and what was expected. */
    private final String problem;

    /**
     * Says where reading stopped and why; the message reads {@code file, line N, column M: problem}.
     *
     * @param fileName the file's name as the user knows it
     * @param line     1-based line, 0 when the problem is not at one line (for example an empty file)
     * @param column   1-based column, 0 when not at one column
     * @param problem  what was found and what was expected
     */
    public SourceFormatException(String fileName, long line, int column, String problem) {
        super(format(fileName, line, column, problem));
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String fileName, long line, int column, String problem) {
        StringBuilder where = new StringBuilder(fileName);
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (column > 0) {
            where.append(", column ").append(column);
        }
        return where.append(": ").append(problem).toString();
    }

    /**
     * The file that failed.
     *
     * @return the file's name as the user knows it
     */
    public String getFileName() {
        return fileName;
    }

    /**
     * The line reading stopped at.
     *
     * @return the 1-based line, 0 when the problem is not at one line
     */
    public long getLine() {
        return line;
    }

    /**
     * The column of the offending value.
     *
     * @return the 1-based column, 0 when not at one column
     */
    public int getColumn() {
        return column;
    }

    /**
     * What was wrong.
     *
     * @return the problem without the location
     */
    public String getProblem() {
        return problem;
    }
}
