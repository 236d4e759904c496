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
    private final String fileName;

    FailedImport(ImportException cause) {
        this(cause, null, null);
    }

    private FailedImport(ImportException cause, SwingSource failingSource, String fileName) {
        super(cause);
        this.failingSource = failingSource;
        this.fileName = fileName;
    }

    static FailedImport of(SourceFormatException e) {
        return new FailedImport(new ImportException(e.getMessage(), e));
    }

    /** The import failed because {@code source} threw {@code thrown} while reading {@code fileName}. */
    static FailedImport bySource(SwingSource source, String fileName, Throwable thrown) {
        return new FailedImport(new ImportException(fileName + ": the " + source.displayName()
                + " source failed while reading (" + thrown + ")", thrown), source, fileName);
    }

    /** The source that threw, if one did. */
    Optional<SwingSource> failingSource() {
        return Optional.ofNullable(failingSource);
    }

    /** The file the failing source threw on, empty when no source failed. */
    String fileName() {
        return fileName == null ? "" : fileName;
    }

    /** What the failing source threw. */
    Throwable thrown() {
        return getCause().getCause();
    }

    /** The reason the import failed, as the session records it. */
    String reason() {
        return getCause().getMessage();
    }
}
