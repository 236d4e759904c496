package org.swinglink.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code raw_data_json} columns of events and swings: every stored row as its file had it. The
 * entities leave them unmapped (see {@code SensorSwing}), so the schema generated from the entities
 * lacks them; they are added here.
 */
final class RawDataColumns {
    static final List<String> TABLES = List.of("HITTRAX_EVENTS", "SENSOR_SWINGS");
    /** Part of the schema stamp: a change here must bring existing databases up to date too. */
    static final String DEFINITION = "raw_data_json CLOB";

    private RawDataColumns() {
    }

    static void addWhereMissing(Connection connection) throws SQLException {
        for (String table : TABLES) {
            boolean present;
            try (ResultSet column = connection.getMetaData().getColumns(null, null, table, "RAW_DATA_JSON")) {
                present = column.next();
            }
            if (!present) {
                try (Statement alter = connection.createStatement()) {
                    alter.execute("ALTER TABLE " + table + " ADD COLUMN " + DEFINITION);
                }
            }
        }
    }
}
