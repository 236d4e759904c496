package org.swinglink.importer.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.swinglink.importer.DetectedFile;
import org.swinglink.importer.ImportRequest;

/**
 * The reading of an import's files, one file ahead: while a file is stored, the next one to store
 * is already being read ({@link ReadAhead}). A season comes as thousands of files of a few hundred
 * rows, each read faster than a thread starts; reading only once a file's turn came left the
 * storing thread waiting on every file. {@code -Dswinglink.load.readAhead=false} reads each file on
 * the storing thread instead, to measure what this gives.
 */
final class FileReads implements AutoCloseable {
    private static final boolean READ_AHEAD = !"false".equals(System.getProperty("swinglink.load.readAhead"));

    private final List<DetectedFile> files;
    private final IntPredicate stored;
    private final ImportRequest request;
    private final Map<Integer, ReadAhead> started = new HashMap<>();

    /** @param stored whether the file of an index will be stored (not skipped) */
    FileReads(List<DetectedFile> files, IntPredicate stored, ImportRequest request) {
        this.files = files;
        this.stored = stored;
        this.request = request;
    }

    /** The reading of the file at {@code index}, begun if it was not yet, and the next stored file's begun; null: read it in place. */
    ReadAhead take(int index) {
        if (!READ_AHEAD) {
            return null;
        }
        ReadAhead reading = started.containsKey(index) ? started.remove(index) : start(index);
        for (int next = index + 1; next < files.size(); next++) {
            if (stored.test(next)) {
                started.computeIfAbsent(next, this::start);
                break;
            }
        }
        return reading;
    }

    private ReadAhead start(int index) {
        DetectedFile file = files.get(index);
        return ReadAhead.start(file.source(), file.file(), request.optionsFor(file.source().id()));
    }

    /** Stops what was read ahead and will not be stored now: the import failed or was cancelled. */
    @Override
    public void close() {
        started.values().forEach(ReadAhead::cancel);
        started.clear();
    }
}
