package org.swinglink.store;

import java.sql.SQLException;

/** Turns a server's refusal into one sentence that names the server and the reason, never a password. */
final class ServerErrors {
    private ServerErrors() {
    }

    /** @param passwordNotes why a password file was not used, if one was not: often the reason a server refused */
    static StoreException explainOpenFailure(ServerAddress server, Exception failure, java.util.List<String> passwordNotes) {
        String reason = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                reason = sql.getMessage();
            }
        }
        if (reason == null) {
            reason = failure.getMessage();
        }
        // one sentence: PostgreSQL's messages go on with "Position: ..." and hints on lines of their own
        String notes = passwordNotes.isEmpty() ? "" : ". " + String.join(". ", passwordNotes);
        return new StoreException("Cannot use the database " + server + ": " + reason.strip().replaceAll("\\s*\\R\\s*", " ")
                + notes, failure);
    }
}
