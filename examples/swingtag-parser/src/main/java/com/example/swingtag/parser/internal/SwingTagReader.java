package com.example.swingtag.parser.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;
import org.swinglink.source.api.SourceFormatException;

/**
 * Streams one SwingTag file: finds the header after the banner and comment lines, then turns every
 * row into a swing in SwingLink's units. A bad cell makes a row problem naming its line and column.
 */
final class SwingTagReader {
    private static final double KMH_PER_MPH = 1.609344;

    private final String fileName;
    private final BufferedReader reader;
    private final RecordSink sink;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> names;
    private long lineNumber;

    SwingTagReader(String fileName, BufferedReader reader, RecordSink sink) {
        this.fileName = fileName;
        this.reader = reader;
        this.sink = sink;
    }

    void read() throws IOException, SourceFormatException {
        readHeader();
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank() && !line.startsWith("#")) {
                readRow(line);
            }
        }
    }

    private void readHeader() throws IOException, SourceFormatException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            names = List.of(line.split(";", -1)).stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i), i);
            }
            for (String required : SwingTagLayout.REQUIRED) {
                if (!columns.containsKey(required)) {
                    throw new SourceFormatException(fileName, lineNumber, 0,
                            "the header has no '" + required + "' column; a SwingTag export names " + SwingTagLayout.REQUIRED);
                }
            }
            return;
        }
        throw new SourceFormatException(fileName, 0, 0, "no SwingTag header (swing_id;recorded_utc;athlete;...) was found");
    }

    private void readRow(String line) {
        String[] cells = line.split(";", -1);
        try {
            Instant when = timestamp(cells);
            SensorSwingRecord swing = SensorSwingRecord.builder(lineNumber, when)
                    .playerName(text(cells, SwingTagLayout.ATHLETE))
                    .sensorDeviceId(text(cells, SwingTagLayout.TAG))
                    .batSpeed(mph(cells, SwingTagLayout.BAT_SPEED_KMH))
                    .attackAngle(number(cells, SwingTagLayout.ATTACK_ANGLE_DEG))
                    .peakHandSpeed(mph(cells, SwingTagLayout.HAND_SPEED_KMH))
                    .timeToContact(milliseconds(cells, SwingTagLayout.TIME_TO_IMPACT_S))
                    .raw(raw(cells))
                    .build();
            sink.sensorSwing(swing);
        } catch (BadCell bad) {
            sink.rowProblem(new RowProblem(lineNumber, bad.column, bad.getMessage()));
        }
    }

    private Instant timestamp(String[] cells) throws BadCell {
        String value = text(cells, SwingTagLayout.RECORDED_UTC);
        int column = columns.get(SwingTagLayout.RECORDED_UTC) + 1;
        if (value == null) {
            throw new BadCell(column, "recorded_utc is empty; expected a UTC time like 2026-03-14T18:02:11.250Z");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadCell(column, "recorded_utc: '" + value + "' is not a UTC time like 2026-03-14T18:02:11.250Z");
        }
    }

    private String text(String[] cells, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= cells.length) {
            return null;
        }
        String value = cells[index].strip();
        return value.isEmpty() ? null : value;
    }

    private Double number(String[] cells, String name) throws BadCell {
        String value = text(cells, name);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the column
        }
        throw new BadCell(columns.get(name) + 1, name + ": '" + value + "' is not a number");
    }

    private Double mph(String[] cells, String name) throws BadCell {
        Double kmh = number(cells, name);
        return kmh == null ? null : kmh / KMH_PER_MPH;
    }

    private Double milliseconds(String[] cells, String name) throws BadCell {
        Double seconds = number(cells, name);
        return seconds == null ? null : new java.math.BigDecimal(Double.toString(seconds)).movePointRight(3).doubleValue();
    }

    private Map<String, String> raw(String[] cells) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            raw.put(names.get(i), i < cells.length ? cells[i] : "");
        }
        return raw;
    }

    /** A cell that cannot be read, with its 1-based column. */
    private static final class BadCell extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        BadCell(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
