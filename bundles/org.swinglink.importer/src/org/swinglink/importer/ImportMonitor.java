package org.swinglink.importer;

import java.util.List;

import org.swinglink.source.api.SourceFile;

/**
 * Follows an import as it runs and may cancel it. Called on the importing thread; implementations
 * hand progress to a UI themselves. A cancelled import rolls back whole and its import session is
 * marked failed ("cancelled").
 */
public interface ImportMonitor {
    /** For imports nobody watches. */
    ImportMonitor NONE = new ImportMonitor() {
    };

    /** What an import is doing; it starts {@link #READING}. */
    enum Phase {
        /** Unpacking, reading and storing the files' rows. */
        READING,
        /** Pairing each player's swings with their HitTrax events. */
        PAIRING,
        /** Storing the swings that waited for their pair, indexes, statistics and the commit. */
        WRITING
    }

    /** The inputs were unpacked: this many files will be read. */
    default void filesFound(int count) {
    }

    /** The inputs were unpacked into these files, to be read in this order; by default {@link #filesFound(int)}. */
    default void filesFound(List<SourceFile> files) {
        filesFound(files.size());
    }

    /** Reading file {@code index} (0-based) of those found. */
    default void fileStarted(String fileName, int index) {
    }

    /** Another batch of records was written. */
    default void recordsStored(int total) {
    }

    /** File {@code index} was read and its {@code records} events and swings stored (not said of a file skipped as imported before). */
    default void fileStored(int index, int records) {
    }

    /** The import moved on to {@code phase}. */
    default void phaseStarted(Phase phase) {
    }

    /** Polled between batches; true stops the import and rolls it back. */
    default boolean isCancelled() {
        return false;
    }
}
