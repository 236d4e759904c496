package org.swinglink.store;

import java.util.List;

import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatus;

/**
 * Imports a stopped process left "processing". Derby rolled their data back when it reopened the
 * database (an import is one transaction), so only the sessions remain; they are marked failed so
 * nobody waits for them, and their files can simply be imported again.
 */
final class InterruptedImports {
    static final String REASON = "interrupted: SwingLink stopped before this import finished, so nothing of it was stored;"
            + " import the files again";

    private final Store store;

    InterruptedImports(Store store) {
        this.store = store;
    }

    /** Returns how many sessions were marked. */
    int markFailed() {
        return store.inTransaction(em -> {
            List<ImportSession> unfinished = em.createQuery("SELECT s FROM ImportSession s WHERE s.status = :processing",
                    ImportSession.class).setParameter("processing", ImportStatus.PROCESSING).getResultList();
            unfinished.forEach(session -> session.fail(REASON));
            return unfinished.size();
        });
    }
}
