package org.swinglink.source.blast.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import org.swinglink.source.csv.CsvRow;
import org.swinglink.source.csv.TimestampFormats;

/** When a row's swing happened, read the way each Blast variant writes it. */
@FunctionalInterface
interface SwingTimes {

    /** The Metrics export's only form; AM/PM is upper case in 2021 files, lower case in 2023 files. */
    TimestampFormats METRICS_FORM = TimestampFormats.none().or("MMM d, uuuu h:mm:ss a", "Oct 04, 2023 09:38:37 AM");

    /**
     * The team export's time format is undocumented: every common form is accepted, the Metrics
     * form included, and a cell with an offset is taken as written.
     */
    TimestampFormats ANY_COMMON_FORM = TimestampFormats.common();

    /**
     * @throws org.swinglink.source.csv.CellException when the cell is not a time in the expected forms
     */
    Instant of(CsvRow row);

    /** Local times in one zone for the whole file. */
    static SwingTimes inZone(int column, TimestampFormats formats, ZoneId zone) {
        return row -> row.instant(column, formats, zone);
    }

    /**
     * Local times in the zone the row names in {@code zoneColumn}: the team export writes a cell
     * such as {@code "America/New_York\ndaylight\nGMT-4"}, whose first line is a zone id. A cell
     * without a valid id on its first line falls back to {@code fallback}.
     */
    static SwingTimes inRowZone(int column, int zoneColumn, TimestampFormats formats, ZoneId fallback) {
        return row -> row.instant(column, formats, zoneNamedIn(row.text(zoneColumn), fallback));
    }

    /** Rows of an export that may have no time: an empty or missing cell is no time, not an error. */
    static SwingTimes ifPresent(int column, TimestampFormats formats, ZoneId zone) {
        return row -> row.text(column) == null ? null : row.instant(column, formats, zone);
    }

    static ZoneId zoneNamedIn(String cell, ZoneId fallback) {
        if (cell == null) {
            return fallback;
        }
        // Some tools write the line breaks of that cell as a literal backslash-n.
        String firstLine = cell.split("\\R|\\\\n", 2)[0].strip();
        try {
            return firstLine.isEmpty() ? fallback : ZoneId.of(firstLine);
        } catch (DateTimeException e) {
            return fallback; // "EDT" and other abbreviations are not zone ids
        }
    }
}
