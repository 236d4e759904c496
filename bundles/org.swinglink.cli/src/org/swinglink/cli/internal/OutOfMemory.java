package org.swinglink.cli.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Running out of memory, said in one sentence a user can act on: what ran out and how to give
 * SwingLink more. Derby and EclipseLink wrap the error in their own exceptions, so it is looked
 * for along the causes.
 */
final class OutOfMemory {
    private static final long MB = 1024 * 1024;
    /** Freed when memory runs out, so that the sentence and the log can still be written; never read. */
    @SuppressWarnings("unused")
    private static volatile byte[] reserve;

    private OutOfMemory() {
    }

    /** Called before a command runs: the reserve must exist before memory runs out, not be made then. */
    static void holdReserve() {
        reserve = new byte[(int) MB];
    }

    static void releaseReserve() {
        reserve = null;
    }

    /** The OutOfMemoryError that {@code thrown} is or was caused by, if any. */
    static Optional<OutOfMemoryError> in(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = next(t)) {
            if (t instanceof OutOfMemoryError error) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() == null && t instanceof SQLException sql) {
            return sql.getNextException();
        }
        return t.getCause();
    }

    /**
     * E.g. "SwingLink ran out of memory running 'export': its Java heap of 256 MB is full; give it
     * more with SWINGLINK_JAVA_OPTS=-Xmx512m (details in /data/swinglink/swinglink.log)."
     */
    static String sentence(OutOfMemoryError error, String command, Optional<Path> log) {
        String message = String.valueOf(error.getMessage());
        String what;
        String more;
        if (message.contains("Metaspace")) {
            what = "its classes filled the Metaspace";
            more = "-XX:MaxMetaspaceSize=512m";
        } else {
            long heapMb = Runtime.getRuntime().maxMemory() / MB;
            what = message.contains("heap") || message.contains("GC overhead") || message.contains("array size")
                    ? "its Java heap of " + heapMb + " MB is full"
                    : message;
            more = "-Xmx" + larger(heapMb);
        }
        return "SwingLink ran out of memory running '" + command + "': " + what + "; give it more with SWINGLINK_JAVA_OPTS="
                + more + log.map(file -> " (details in " + file + ").").orElse(".");
    }

    /** At least twice the heap, as a power of two: 256 MB gives 512m, 1 GB gives 2g. */
    private static String larger(long heapMb) {
        long suggested = Long.highestOneBit(Math.max(64, heapMb) * 2 - 1) * 2;
        return suggested >= 1024 ? suggested / 1024 + "g" : suggested + "m";
    }
}
