package org.swinglink.ui.internal;

import org.swinglink.store.DatabaseFolder;

/**
 * Put into the application context instead of the Store when the database could not be opened.
 *
 * @param folder the folder SwingLink tried
 * @param reason what went wrong, in words the user can act on
 */
public record DatabaseProblem(DatabaseFolder folder, String reason) {

    public String message() {
        return "No database: " + reason;
    }
}
