package org.swinglink.product.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a Derby database folder as text, read with Derby's own driver while no
 * product runs: each column's name and value (bytes in full, as hex), the rows of a table sorted. Two
 * databases with equal dumps hold the same rows, whatever the product's own checksums say. The
 * season sums are left out: they are derived from the rows and summed again when read.
 */
final class TableDump {
    private TableDump() {
    }

    static Map<String, List<String>> of(Path databaseFolder) throws SQLException {
        String url = "jdbc:derby:" + databaseFolder.resolve("derby");
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            List<String> names = new ArrayList<>();
            try (ResultSet table = connection.getMetaData().getTables(null, "APP", "%", new String[] { "TABLE" })) {
                while (table.next()) {
                    names.add(table.getString("TABLE_NAME"));
                }
            }
            for (String name : names) {
                if (!name.startsWith("SEASON_")) {
                    tables.put(name.toLowerCase(Locale.ROOT), rows(connection, name));
                }
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: shut down as asked
            }
        }
        return tables;
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet row = select.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = row.getMetaData();
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = switch (columns.getColumnType(i)) {
                        case java.sql.Types.BLOB -> {
                            byte[] bytes = row.getBytes(i);
                            yield bytes == null ? null : HexFormat.of().formatHex(bytes);
                        }
                        case java.sql.Types.CLOB -> row.getString(i);
                        default -> row.getObject(i);
                    };
                    values.add(columns.getColumnName(i) + "=" + (value == null ? "(null)" : "'" + value + "'"));
                }
                values.sort(null); // by column name: the order a table's columns were made in does not matter
                rows.add(String.join(" ", values));
            }
        }
        rows.sort(null);
        return rows;
    }
}
