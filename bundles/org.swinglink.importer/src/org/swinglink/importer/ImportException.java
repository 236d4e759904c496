package org.swinglink.importer;

/** An import that cannot go on; the message names the file (and line) and says what is wrong. */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
