package org.swinglink.ui.internal;

/**
 * Put into the application context instead of the Store when the database could not be opened.
 *
 * @param reason what went wrong and with which database, in words the user can act on
 */
public record DatabaseProblem(String reason) {

    public String message() {
        return "No database: " + reason;
    }
}
