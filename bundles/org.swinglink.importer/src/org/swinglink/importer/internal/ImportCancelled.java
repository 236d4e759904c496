package org.swinglink.importer.internal;

/** Thrown out of the import transaction when the user cancels, so that it rolls back. */
final class ImportCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ImportCancelled() {
        super("cancelled", null, false, false);
    }
}
