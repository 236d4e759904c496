package org.swinglink.source.hittrax.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One sensor's metrics as HitTrax writes them into its own export, read from the bundle's
 * {@code sensor-columns.csv}: a new set is a few lines of data there, not code.
 *
 * @param sensorType the id of the source that reads the sensor's own exports
 * @param sensorName the sensor's name for people
 * @param columns    its columns in the HitTrax header
 */
record SensorColumnSet(String sensorType, String sensorName, List<Column> columns) {
    static final String RESOURCE = "sensor-columns.csv";

    /**
     * @param name          the header name
     * @param field         the record field it fills
     * @param unit          the unit it is written in
     * @param zeroIsMissing whether a 0 means "not measured"
     */
    record Column(String name, SensorField field, SensorUnit unit, boolean zeroIsMissing) {
    }

    /** The sets this bundle ships, in file order. */
    static List<SensorColumnSet> builtIn() {
        try (InputStream in = SensorColumnSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the HitTrax source bundle");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<SensorColumnSet> read(Reader text) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Map<String, SensorColumnSet> sets = new LinkedHashMap<>();
        for (CSVRecord row : format.parse(text)) {
            try {
                Column column = new Column(row.get("column"), SensorField.of(row.get("field")),
                        SensorUnit.of(row.get("unit")), zeroIsMissing(row.get("zero")));
                sets.computeIfAbsent(row.get("sensor"),
                        type -> new SensorColumnSet(type, row.get("sensor name"), new ArrayList<>())).columns.add(column);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ", line " + row.getParser().getCurrentLineNumber() + ": "
                        + e.getMessage(), e);
            }
        }
        return sets.values().stream().map(set -> new SensorColumnSet(set.sensorType, set.sensorName,
                List.copyOf(set.columns))).toList();
    }

    private static boolean zeroIsMissing(String zero) {
        return switch (zero.strip()) {
            case "missing" -> true;
            case "value" -> false;
            default -> throw new IllegalArgumentException("zero must be 'missing' or 'value', not '" + zero + "'");
        };
    }
}
