package org.swinglink.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code swinglink generate-man-page FILE}: the build's step that writes swinglink(1) from the command model; hidden from help. */
@Command(name = "generate-man-page", hidden = true, description = "Writes the swinglink(1) man page (troff) to FILE.")
final class ManPageCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write it, e.g. man/man1/swinglink.1.")
    private Path file;

    @Override
    public Integer call() {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(writer)) {
                new ManPage(spec.root(), String.join(" ", spec.root().version())).write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the man page to " + file + ": " + e.getMessage(), e);
        }
        return ExitCodes.OK;
    }
}
