package org.swinglink.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SwingLink's tables as a database's catalog lists them, parents before the tables whose foreign
 * keys point at them, so that rows copied in this order never reference a row not there yet. Read
 * from the catalog rather than from a list in the code, so that a table a later release adds is
 * copied without anyone remembering to name it here. Left out: the engine's own property table
 * (each database keeps its own schema stamp) and the season sums, which are derived from the rows.
 */
final class SchemaTables {
    /** PostgreSQL's stand-in for Derby's database properties ({@link Engine}). */
    private static final String PROPERTIES = "swinglink_properties";

    private SchemaTables() {
    }

    /** The copied tables, each with its columns in name order (the order a checksum reads them in). */
    static List<RowTable> inParentOrder(Connection connection) throws SQLException {
        Engine engine = Engine.of(connection);
        DatabaseMetaData catalog = connection.getMetaData();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet tables = catalog.getTables(null, engine.schema(), "%", new String[] { "TABLE" })) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(PROPERTIES) && !SeasonSums.DERIVED_TABLES.contains(name)) {
                    parents.put(name, new TreeSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet keys = catalog.getImportedKeys(null, engine.schema(), engine.catalogName(table.getKey()))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) { // a row pointing at a row of its own table is not ordered by tables
                        table.getValue().add(parent);
                    }
                }
            }
        }
        List<RowTable> ordered = new ArrayList<>();
        for (String name : parentsFirst(parents)) {
            ordered.add(shapeOf(connection, name).orElseThrow());
        }
        return ordered;
    }

    /** A table's columns in name order with their JDBC types; empty when the database has no such table. */
    static Optional<RowTable> shapeOf(Connection connection, String table) throws SQLException {
        Engine engine = Engine.of(connection);
        Map<String, Integer> types = new TreeMap<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, engine.schema(), engine.catalogName(table), "%")) {
            while (columns.next()) {
                types.put(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), columns.getInt("DATA_TYPE"));
            }
        }
        if (types.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RowTable(table, List.copyOf(types.keySet()),
                types.values().stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Tables in name order, each after every table it references. */
    private static List<String> parentsFirst(Map<String, Set<String>> parents) {
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (ordered.size() < parents.size()) {
            String next = parents.entrySet().stream()
                    .filter(table -> !placed.contains(table.getKey()))
                    .filter(table -> table.getValue().stream().allMatch(parent -> placed.contains(parent) || !parents.containsKey(parent)))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new StoreException("The tables " + unplaced(parents, placed)
                            + " reference each other in a circle; SwingLink cannot copy them one after the other."));
            ordered.add(next);
            placed.add(next);
        }
        return ordered;
    }

    private static Set<String> unplaced(Map<String, Set<String>> parents, Set<String> placed) {
        Set<String> left = new TreeSet<>(parents.keySet());
        left.removeAll(placed);
        return left;
    }
}
