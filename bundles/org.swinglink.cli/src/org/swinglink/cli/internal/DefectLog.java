package org.swinglink.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.swinglink.store.DatabaseFolder;

/** Failures of a command with their stack traces, appended to the database folder's log. */
final class DefectLog {
    private final Path file;

    DefectLog(DatabaseFolder folder) {
        this.file = folder.log();
    }

    /**
     * Appends what failed, the command line and the stack trace.
     *
     * @return the log, or empty when it cannot be written (the folder may be what failed)
     */
    synchronized Optional<Path> write(String what, Throwable thrown, String... arguments) {
        return append(what, log -> thrown.printStackTrace(log), arguments);
    }

    /** Appends what failed, the command line and a stack trace taken elsewhere (a parser's, kept by the import). */
    synchronized Optional<Path> write(String what, String stackTrace, String... arguments) {
        return append(what, log -> log.print(stackTrace), arguments);
    }

    private Optional<Path> append(String what, Consumer<PrintWriter> details, String... arguments) {
        try {
            Files.createDirectories(file.getParent());
            try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
                log.println(Instant.now() + " " + what + " in: swinglink " + String.join(" ", arguments));
                details.accept(log);
            }
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
