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
 * storing thread waiting on every file. On a server it is off: there the server's own work needs the
 * second core, and a season imported in 60-66 s without reading ahead against 69-78 s with it (two
 * runs of {@code scripts/benchmark server} on an idle machine).
 * {@code -Dswinglink.load.readAhead=true|false} chooses either way, to measure what it gives.
 */
final class FileReads implements AutoCloseable {
    private static final String READ_AHEAD = "swinglink.load.readAhead";

    private final List<DetectedFile> files;
    private final IntPredicate stored;
    private final ImportRequest request;
    private final Map<Integer, ReadAhead> started = new HashMap<>();
    private final boolean readAhead;

    /**
     * @param stored   whether the file of an index will be stored (not skipped)
     * @param onServer whether the database is a server's, where reading ahead is off unless asked for
     */
    FileReads(List<DetectedFile> files, IntPredicate stored, ImportRequest request, boolean onServer) {
        this.files = files;
        this.stored = stored;
        this.request = request;
        String asked = System.getProperty(READ_AHEAD);
        this.readAhead = asked == null ? !onServer : Boolean.parseBoolean(asked);
    }

    /** The reading of the file at {@code index}, begun if it was not yet, and the next stored file's begun; null: read it in place. */
    ReadAhead take(int index) {
        if (!readAhead) {
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
