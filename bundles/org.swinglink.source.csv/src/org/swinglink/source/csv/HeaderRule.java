package org.swinglink.source.csv;

/**
 * How sure a format is that a line's cells are its header: the rating behind a {@link CsvSource}'s
 * confidence and the test that finds the header when the file is read. Most formats declare their
 * columns with {@link ColumnRule}; a format with several variants writes its own rule.
 *
 * @since 1.2
 */
@FunctionalInterface
public interface HeaderRule {

    /**
     * Rates a candidate header. Must be cheap and must not throw: it runs on the first lines of every
     * file SwingLink is given.
     *
     * @param header the cells of one line, trimmed
     * @return 1-100 when the line is this format's header, the higher the surer; 0 when it is not
     */
    int confidence(CsvHeader header);
}
