package org.swinglink.store;

/** A copy of a database refused or failed with the target as it was; the message says why, in one sentence. */
public final class NothingCopiedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NothingCopiedException(String message, Throwable cause) {
        super(message, cause);
    }

    NothingCopiedException(String message) {
        super(message);
    }
}
