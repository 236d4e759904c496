package org.swinglink.importer.internal;

import org.swinglink.store.RowInserts;

import jakarta.persistence.EntityManager;

/**
 * Where an import's rows go: its transaction, the batches its rows are written in, and the import
 * they are stored under.
 */
record ImportTarget(EntityManager em, RowInserts inserts, String importId) {
}
