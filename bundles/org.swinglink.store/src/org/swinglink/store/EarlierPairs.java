package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.swinglink.model.PairingMethod;

import jakarta.persistence.EntityManager;

/**
 * Pairs by time given to swings already stored (earlier imports'), in JDBC batches on the import's
 * connection: an import's own swings are inserted with their pair instead ({@link RowInserts}).
 */
public final class EarlierPairs {
    /** A stored swing, the event it now pairs with, and HitTrax time minus the corrected sensor time. */
    public record Pair(String swingId, String eventId, double deltaMillis) {
    }

    private static final String PAIR = "UPDATE sensor_swings SET hittrax_event_id = ?, match_time_delta = ?, pairing_method = '"
            + PairingMethod.TIME.databaseValue() + "' WHERE id = ?";

    private EarlierPairs() {
    }

    public static void write(EntityManager em, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = em.unwrap(Connection.class).prepareStatement(PAIR)) {
            int pending = 0;
            for (Pair pair : pairs) {
                update.setString(1, pair.eventId());
                update.setDouble(2, pair.deltaMillis());
                update.setString(3, pair.swingId());
                update.addBatch();
                if (++pending == RowInserts.BATCH_SIZE) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw RowInserts.refused(e);
        }
    }
}
