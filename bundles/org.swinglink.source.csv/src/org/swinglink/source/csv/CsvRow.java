package org.swinglink.source.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * One data row with typed, trimmed access to its cells. Cells the row does not have read as empty
 * (exports drop trailing empty cells); a value that does not parse throws {@link CellException}
 * naming the column.
 */
public final class CsvRow {
    /** What vendors write for "no value". */
    private static final Set<String> NO_VALUE = Set.of("", "n/a", "na", "-", "--", "null");

    private final CsvHeader header;
    private final CSVRecord record;
    private final long line;

    CsvRow(CsvHeader header, CSVRecord record, long line) {
        this.header = header;
        this.record = record;
        this.line = line;
    }

    /** {@return the 1-based line of the file where this row starts} */
    public long line() {
        return line;
    }

    /**
     * The trimmed text of a cell.
     *
     * @param column 0-based index of the cell; negative for a column the file does not have
     * @return the text, or null when the column is absent or holds no value
     */
    public String text(int column) {
        if (column < 0 || column >= record.size()) {
            return null;
        }
        String value = record.get(column).strip();
        return NO_VALUE.contains(value.toLowerCase(Locale.ROOT)) ? null : value;
    }

    /**
     * A finite decimal number.
     *
     * @param column 0-based index of the cell; negative for a column the file does not have
     * @return the number, or null when the cell is empty
     * @throws CellException when the cell holds something else
     */
    public Double number(int column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value) && text.chars().allMatch(c -> Character.isDigit(c) || "+-.eE".indexOf(c) >= 0)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the column
        }
        throw new CellException(column, name(column) + ": '" + text + "' is not a number");
    }

    /**
     * A number converted to a smaller unit by moving the decimal point, or null when the cell is
     * empty: {@code scaledNumber(c, 3)} reads {@code 4.03} (kW) as exactly {@code 4030.0} (W),
     * where multiplying the double by 1000 would give 4030.0000000000005.
     *
     * @param column     0-based index of the cell; negative for a column the file does not have
     * @param powerOfTen how many places the decimal point moves right
     * @return the scaled number, or null when the cell is empty
     * @throws CellException when the cell holds no number
     */
    public Double scaledNumber(int column, int powerOfTen) {
        Double value = number(column);
        return value == null ? null : new BigDecimal(text(column)).movePointRight(powerOfTen).doubleValue();
    }

    /**
     * A whole number.
     *
     * @param column 0-based index of the cell; negative for a column the file does not have
     * @return the number, or null when the cell is empty
     * @throws CellException when the cell holds something else
     */
    public Integer integer(int column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new CellException(column, name(column) + ": '" + text + "' is not a whole number");
        }
    }

    /**
     * A date and time without zone. {@code example} shows the expected form in the message when
     * the cell does not parse.
     *
     * @param column  0-based index of the cell
     * @param format  the form of the cell's text
     * @param example a cell in that form
     * @return the date and time
     * @throws CellException when the cell is empty or in another form
     */
    public LocalDateTime localDateTime(int column, DateTimeFormatter format, String example) {
        String text = text(column);
        if (text == null) {
            throw new CellException(column, name(column) + ": no date; expected a date like " + example);
        }
        try {
            return LocalDateTime.parse(text, format);
        } catch (DateTimeParseException e) {
            throw new CellException(column, name(column) + ": '" + text + "' is not a date like " + example);
        }
    }

    /**
     * A date and time in any of the given forms; a time without offset is taken in {@code zone}.
     * An empty cell or one no form reads is a {@link CellException} listing the forms.
     *
     * @param column  0-based index of the cell
     * @param formats the forms the cell may be written in
     * @param zone    the zone of a time written without offset
     * @return the instant
     * @throws CellException when the cell is empty or in none of the forms
     */
    public Instant instant(int column, TimestampFormats formats, ZoneId zone) {
        String text = text(column);
        if (text == null) {
            throw new CellException(column, name(column) + ": no date and time; expected " + formats.expected());
        }
        return formats.parse(text, zone).orElseThrow(
                () -> new CellException(column, name(column) + ": '" + text + "' is not " + formats.expected()));
    }

    /**
     * Every cell under its column name as written in the file, for keeping the original row.
     *
     * @return column name to trimmed text, in file order; cells beyond the header as {@code column N}
     */
    public Map<String, String> raw() {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < header.names().size(); i++) {
            String name = header.names().get(i).strip();
            raw.putIfAbsent(name.isEmpty() ? "column " + (i + 1) : name, i < record.size() ? record.get(i).strip() : "");
        }
        for (int i = header.names().size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                raw.put("column " + (i + 1), record.get(i).strip());
            }
        }
        return raw;
    }

    private String name(int column) {
        return column < header.names().size() ? header.names().get(column).strip() : "column " + (column + 1);
    }
}
