package org.swinglink.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * A table's own indexes (not those behind its keys and constraints), which can be dropped and made
 * again inside a transaction: Derby's DDL is transactional, so a failed import gets them back with
 * its rollback.
 */
public final class SecondaryIndexes {
    /** The tables a season's load fills. */
    private static final List<String> LOADED = List.of("hittrax_events", "sensor_swings");

    private final String table;
    private final Map<String, List<String>> columnsByIndex;

    private SecondaryIndexes(String table, Map<String, List<String>> columnsByIndex) {
        this.table = table;
        this.columnsByIndex = columnsByIndex;
    }

    /**
     * The table's indexes, each with its columns in order; not those on the same columns as a key or
     * foreign key: Derby keeps one index for both, maintains it for the constraint anyway, and would
     * refuse to make it again as a duplicate.
     */
    static SecondaryIndexes of(Connection connection, String table) throws SQLException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        Engine engine = Engine.of(connection);
        try (ResultSet index = connection.getMetaData().getIndexInfo(null, engine.schema(), engine.catalogName(table), false,
                false)) {
            while (index.next()) {
                String name = index.getString("INDEX_NAME");
                // PostgreSQL's keys and unique constraints are unique indexes of their own names
                boolean constraint = engine == Engine.POSTGRESQL && !index.getBoolean("NON_UNIQUE");
                if (name != null && !constraint) {
                    all.computeIfAbsent(name, key -> new ArrayList<>()).add(index.getString("COLUMN_NAME"));
                }
            }
        }
        // SQL...: Derby's own names, for the indexes behind keys and constraints
        List<List<String>> constrained = all.entrySet().stream().filter(index -> index.getKey().startsWith("SQL"))
                .map(Map.Entry::getValue).toList();
        all.entrySet().removeIf(index -> index.getKey().startsWith("SQL") || constrained.contains(index.getValue()));
        return new SecondaryIndexes(table, all);
    }

    /** Only the indexes that include {@code column}. */
    SecondaryIndexes including(String column) {
        Map<String, List<String>> some = new LinkedHashMap<>(columnsByIndex);
        some.values().removeIf(columns -> !columns.contains(column.toUpperCase()));
        return new SecondaryIndexes(table, some);
    }

    void drop(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            for (String index : columnsByIndex.keySet()) {
                ddl.execute("DROP INDEX " + index);
            }
        }
    }

    void create(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            for (Map.Entry<String, List<String>> index : columnsByIndex.entrySet()) {
                ddl.execute("CREATE INDEX " + index.getKey() + " ON " + table + " (" + String.join(", ", index.getValue()) + ")");
            }
        }
    }

    /**
     * Drops the indexes of the tables an import fills, in {@code em}'s transaction, for a load into an
     * empty database: building each index once from the sorted rows costs less than keeping it up to
     * date row by row. Run the returned action once the rows are in, before anything queries them.
     */
    public static Runnable dropForLoad(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        try {
            List<SecondaryIndexes> dropped = new ArrayList<>();
            for (String table : LOADED) {
                SecondaryIndexes indexes = of(connection, table);
                indexes.drop(connection);
                dropped.add(indexes);
            }
            return () -> {
                try {
                    for (SecondaryIndexes indexes : dropped) {
                        indexes.create(connection);
                    }
                } catch (SQLException e) {
                    throw RowInserts.refused(e);
                }
            };
        } catch (SQLException e) {
            throw RowInserts.refused(e);
        }
    }
}
