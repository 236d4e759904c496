package org.swinglink.source.api;

/** A file that cannot be read in the format at all, with the place where reading stopped. */
public class SourceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long line;
    private final int column;
    private final String problem;

    /**
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

    public String getFileName() {
        return fileName;
    }

    public long getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    /** The problem without the location. */
    public String getProblem() {
        return problem;
    }
}
