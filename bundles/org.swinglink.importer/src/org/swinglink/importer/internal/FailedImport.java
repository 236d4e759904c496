package org.swinglink.importer.internal;

import java.util.Optional;

import org.swinglink.importer.ImportException;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.source.api.SwingSource;

/**
 * Carries an {@link ImportException} out of the transaction lambda, which rolls back on it; when a
 * source threw, names it, so the sources listing can say it is failing.
 */
final class FailedImport extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SwingSource failingSource;
    private final String failure;

    FailedImport(ImportException cause) {
        this(cause, null, null);
    }

    private FailedImport(ImportException cause, SwingSource failingSource, String failure) {
        super(cause);
        this.failingSource = failingSource;
        this.failure = failure;
    }

    static FailedImport of(SourceFormatException e) {
        return new FailedImport(new ImportException(e.getMessage(), e));
    }

    /** The import failed because {@code source} threw; {@code failure} is what it did, for the sources listing. */
    static FailedImport bySource(SwingSource source, String failure, ImportException cause) {
        return new FailedImport(cause, source, failure);
    }

    /** The source that threw, if one did. */
    Optional<SwingSource> failingSource() {
        return Optional.ofNullable(failingSource);
    }

    /** What the failing source did, empty when no source failed. */
    String failure() {
        return failure == null ? "" : failure;
    }

    /** The reason the import failed, as the session records it. */
    String reason() {
        return getCause().getMessage();
    }
}
