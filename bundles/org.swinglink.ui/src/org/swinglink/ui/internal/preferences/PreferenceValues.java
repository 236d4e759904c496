package org.swinglink.ui.internal.preferences;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import org.swinglink.store.ServerAddress;

/** Reads and checks what was typed into the preferences; a problem is a sentence for the user. */
final class PreferenceValues {
    private PreferenceValues() {
    }

    /** A folder as {@link #folderProblem}, a server address as {@link ServerAddress#parse} reads it. */
    static Optional<String> databaseProblem(String text) {
        if (!ServerAddress.isServerAddress(text)) {
            return folderProblem(text);
        }
        try {
            ServerAddress.parse(text, System.getProperty("user.name"));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // parse's reasons never repeat a password the text held
            return Optional.of("The server address cannot be used: " + e.getMessage() + ".");
        }
    }

    private static Optional<String> folderProblem(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(text.strip());
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                return Optional.of("The database folder " + folder + " is a file.");
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("The database folder is not a valid path: " + e.getReason());
        }
    }

    /** Null for blank: the default folder. */
    static String database(String text) {
        return text.isBlank() ? null : text.strip();
    }

    static Optional<String> zoneProblem(String text) {
        if (text.isBlank()) {
            return Optional.of("Choose a time zone, e.g. America/Chicago.");
        }
        try {
            ZoneId.of(text.strip());
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("'" + text.strip() + "' is not a time zone; choose one from the list, e.g. America/Chicago.");
        }
    }

    static Optional<String> toleranceProblem(String text) {
        try {
            double seconds = tolerance(text);
            return seconds > 0 && Double.isFinite(seconds) ? Optional.empty()
                    : Optional.of("The matching tolerance must be more than 0 seconds.");
        } catch (NumberFormatException e) {
            return Optional.of("The matching tolerance must be a number of seconds, e.g. 2 or 1.5.");
        }
    }

    /** Seconds; a decimal comma is read as a point. */
    static double tolerance(String text) {
        return Double.parseDouble(text.strip().replace(',', '.'));
    }
}
