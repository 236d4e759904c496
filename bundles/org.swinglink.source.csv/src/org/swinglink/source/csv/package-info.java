/**
 * The CSV parser SDK: reading vendor CSV exports the way they really are, so that a parser for a
 * new format is its column names and its row mapping.
 * <p>
 * A parser extends {@link org.swinglink.source.csv.CsvSource} with its id, name, a
 * {@link org.swinglink.source.csv.HeaderRule} (usually a {@link org.swinglink.source.csv.ColumnRule}
 * of required and optional columns) and a {@link org.swinglink.source.csv.RowReader}. The SDK finds the
 * header by its content below any title lines, with a comma, semicolon or tab between cells; looks
 * columns up by trimmed, case-insensitive name; trims cells; and reports every bad value with its
 * file, line and column instead of stopping the file. Used by SwingLink's own parsers and free for
 * third-party parsers.
 * <p>
 * Versioned semantically like {@code org.swinglink.source.api}: now 1.2.0 (1.2 added
 * {@code CsvSource}, {@code HeaderRule}, {@code ColumnRule}, {@code RowReader} and delimiters other
 * than the comma); a third-party bundle imports {@code org.swinglink.source.csv;version="[1.2,2)"}.
 */
package org.swinglink.source.csv;
