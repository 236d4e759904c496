package org.swinglink.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.swinglink.export.MatchedSwingsCsv;
import org.swinglink.model.UserRole;
import org.swinglink.store.Store;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink export (--player NAME | --import ID)}: matched swings as CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Writes matched swings as CSV that is safe to open in a spreadsheet.",
                "Each row is a HitTrax event and its sensor swing: both sides' metrics, their own timestamps in --zone and the pairing delta." })
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private SwingLinkCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Selection selection;

    static final class Selection {
        @Option(names = "--player", paramLabel = "NAME", description = "Every matched swing of this player.")
        String player;

        @Option(names = "--import", paramLabel = "ID", description = "The matched swings of this import (id or id prefix).")
        String importId;
    }

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Where to write the CSV. Default: standard output.")
    private Path output;

    @Option(names = "--bom", description = { "Start with a UTF-8 byte order mark: Excel on Windows needs it to show accented "
            + "names (José Peña) in a CSV opened by a double-click; R's read.csv and Python's csv module would read it "
            + "into the first column's name." })
    private boolean byteOrderMark;

    @Override
    public Integer call() throws IOException {
        try (Store store = root.openStore()) {
            MatchedSwingsCsv.Rows matched;
            if (selection.player != null) {
                var player = store.queries().findUser(UserRole.PLAYER, selection.player);
                if (player.isEmpty()) {
                    root.err.println("SwingLink knows no player named '" + selection.player + "'; see 'swinglink players'.");
                    return ExitCodes.USAGE;
                }
                matched = each -> store.queries().eachMatchedSwingOfPlayer(player.get().getId(), each);
            } else {
                var session = store.queries().findImportSession(selection.importId);
                if (session.isEmpty()) {
                    root.err.println("No single import has the id " + selection.importId + "; see 'swinglink sessions'.");
                    return ExitCodes.USAGE;
                }
                matched = each -> store.queries().eachMatchedSwingOfImport(session.get().getId(), each);
            }
            MatchedSwingsCsv csv = new MatchedSwingsCsv(root.readOptions().zone());
            RowsWritten progress = new RowsWritten();
            MatchedSwingsCsv.Rows counted = progress.counting(matched);
            if (output == null) {
                // CSV scrolling past on the terminal would tear the line
                try (ProgressLine line = ProgressLine.stdoutIsTerminal() ? null : ProgressLine.open(root, progress::status)) {
                    writeByteOrderMark(root.out);
                    csv.write(counted, root.out);
                    root.out.flush();
                }
            } else {
                long written;
                try (ProgressLine line = ProgressLine.open(root, progress::status);
                        Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    writeByteOrderMark(writer);
                    written = csv.write(counted, writer);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + output + ": " + e.getMessage(), e);
                }
                root.err.println("Wrote " + written + " matched swings to " + output);
            }
            return ExitCodes.OK;
        }
    }

    private void writeByteOrderMark(Appendable out) throws IOException {
        if (byteOrderMark) {
            out.append('\uFEFF');
        }
    }

    /** The export's progress: rows written, rows per second, time taken (how many there will be is not counted first). */
    private static final class RowsWritten {
        private final long started = System.nanoTime();
        private final AtomicLong rows = new AtomicLong();

        MatchedSwingsCsv.Rows counting(MatchedSwingsCsv.Rows matched) {
            return each -> matched.forEach(row -> {
                rows.incrementAndGet();
                each.accept(row);
            });
        }

        String status() {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            return "writing  " + ProgressLine.count(rows.get()) + " matched swings" + ProgressLine.rate(rows.get(), elapsed) + "  "
                    + ProgressLine.duration(elapsed);
        }
    }
}
