package org.swinglink.store;

import java.util.List;

import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatus;

/**
 * Imports a stopped process left "processing". The database rolled their data back (an import is
 * one transaction), so only the sessions remain; they are marked failed so nobody waits for them,
 * and their files can simply be imported again. On a server other computers may be importing right
 * now: only imports no live connection holds as running ({@link Store#running}) are marked.
 */
final class InterruptedImports {
    static final String REASON = "interrupted: SwingLink stopped before this import finished, so nothing of it was stored;"
            + " import the files again";

    private final Store store;

    InterruptedImports(Store store) {
        this.store = store;
    }

    private static boolean nobodyRuns(jakarta.persistence.EntityManager em, String importId) {
        java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
        try {
            if (Engine.of(connection) != Engine.POSTGRESQL) {
                return true; // Derby admits one program: the one opening the database
            }
            try (java.sql.PreparedStatement free = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))")) {
                free.setString(1, Store.RUNNING_IMPORT + importId);
                try (java.sql.ResultSet row = free.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        } catch (java.sql.SQLException e) {
            throw RowInserts.refused(e);
        }
    }

    /** Returns how many sessions were marked. */
    int markFailed() {
        return store.inTransaction(em -> {
            List<ImportSession> unfinished = em.createQuery("SELECT s FROM ImportSession s WHERE s.status = :processing",
                    ImportSession.class).setParameter("processing", ImportStatus.PROCESSING).getResultList();
            List<ImportSession> stopped = unfinished.stream().filter(session -> nobodyRuns(em, session.getId())).toList();
            stopped.forEach(session -> session.fail(REASON));
            return stopped.size();
        });
    }
}
