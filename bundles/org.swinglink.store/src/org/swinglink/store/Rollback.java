package org.swinglink.store;

import jakarta.persistence.EntityTransaction;

/**
 * Ends a transaction that is still open when its work is over or failed. A rollback that fails in
 * turn (the connection broke with the work, as when memory ran out inside Derby) would replace the
 * work's own failure, the one the user must hear about; it is dropped instead.
 */
final class Rollback {
    private Rollback() {
    }

    static void quietly(EntityTransaction transaction) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException brokenWithTheWork) {
            // nothing was committed, and Derby discards the connection's work with the connection
        }
    }
}
