package org.swinglink.importer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Holds an import at a known point, its rows written and paired but not committed, for tests of
 * what another process sees meanwhile: with {@code -Dswinglink.import.hold=FILE} the import writes
 * {@code FILE.reached}, then waits (at most two minutes) until {@code FILE} exists or the import is
 * cancelled. A test that raced a timer instead could end up testing nothing on a fast machine.
 */
final class CommitHold {
    static final String PROPERTY = "swinglink.import.hold";
    private static final long LONGEST_MILLIS = 120_000;

    private CommitHold() {
    }

    /** @param cancelled whether the import was cancelled meanwhile: it stops waiting then */
    static void here(BooleanSupplier cancelled) {
        String hold = System.getProperty(PROPERTY);
        if (hold == null || hold.isBlank()) {
            return;
        }
        Path release = Path.of(hold);
        try {
            Files.writeString(Path.of(hold + ".reached"), "");
            long until = System.currentTimeMillis() + LONGEST_MILLIS;
            while (!Files.exists(release) && !cancelled.getAsBoolean() && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot hold the import at " + hold + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
