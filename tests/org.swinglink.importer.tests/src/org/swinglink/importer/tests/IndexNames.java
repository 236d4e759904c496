package org.swinglink.importer.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

import org.swinglink.store.Store;

/** The indexes of the tables an import fills, read from Derby's metadata. */
final class IndexNames {
    private IndexNames() {
    }

    static Set<String> of(Store store) {
        return store.read(em -> {
            em.getTransaction().begin();
            try {
                Set<String> names = new TreeSet<>();
                Connection connection = em.unwrap(Connection.class);
                for (String table : new String[] { "HITTRAX_EVENTS", "SENSOR_SWINGS" }) {
                    try (ResultSet index = connection.getMetaData().getIndexInfo(null, "APP", table, false, false)) {
                        while (index.next()) {
                            names.add(index.getString("INDEX_NAME"));
                        }
                    }
                }
                return names;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                em.getTransaction().rollback();
            }
        });
    }
}
