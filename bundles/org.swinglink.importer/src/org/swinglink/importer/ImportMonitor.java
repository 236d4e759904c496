package org.swinglink.importer;

/**
 * Follows an import as it runs and may cancel it. Called on the importing thread; implementations
 * hand progress to a UI themselves. A cancelled import rolls back whole and its import session is
 * marked failed ("cancelled").
 */
public interface ImportMonitor {
    /** For imports nobody watches. */
    ImportMonitor NONE = new ImportMonitor() {
    };

    /** The inputs were unpacked: this many files will be read. */
    default void filesFound(int count) {
    }

    /** Reading file {@code index} (0-based) of those found. */
    default void fileStarted(String fileName, int index) {
    }

    /** Another batch of records was written. */
    default void recordsStored(int total) {
    }

    /** Polled between batches; true stops the import and rolls it back. */
    default boolean isCancelled() {
        return false;
    }
}
