package org.swinglink.cli.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.swinglink.model.ImportStatistics;
import org.swinglink.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink sessions}: every import with its statistics, newest first. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = { "Lists every import with its files, sources, counts, status and error.",
                "Given an import's id: what each player has from it now, after every assignment and pairing." })
final class SessionsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private SwingLinkCommand root;

    @picocli.CommandLine.Option(names = "--json", description = "Print the imports as JSON.")
    private boolean json;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "ID", description = "One import (id or id prefix).")
    private String importId;

    @Override
    public Integer call() {
        if (importId != null) {
            return summary();
        }
        try (Store store = root.openStore()) {
            if (json) {
                Json.ArrayWriter array = new Json.ArrayWriter(root.out);
                store.queries().eachImportSession(session -> array.add(SessionRow.of(session)));
                array.finish();
                return ExitCodes.OK;
            }
            StreamedTextTable table = new StreamedTextTable(root.out, "ID", "CREATED", "TYPE", "STATUS", "SOURCES", "FILES",
                    "EVENTS", "SWINGS", "MATCHED", "UNMATCHED", "PLAYERS", "ERROR").atLeast(0, Formats.ID_WIDTH);
            ZoneId zone = root.readOptions().zone();
            store.queries().eachImportSession(session -> {
                ImportStatistics s = session.getStatistics();
                table.row(session.getId(), WHEN.format(session.getCreatedAt().atZone(zone)),
                        session.getImportType().databaseValue(), session.getStatus().databaseValue(),
                        String.join(",", session.getSourceTypes()), filesCell(session.getFileNames()),
                        s.hittraxEvents(), s.totalSwings(), s.matchedSwings(), s.unmatchedSwings(), s.playersDetected(),
                        firstLine(session.getErrorMessage()));
            });
            if (table.finish() == 0) {
                root.out.println("No imports yet.");
            }
            return ExitCodes.OK;
        }
    }

    private int summary() {
        try (Store store = root.openStore()) {
            var session = store.queries().findImportSession(importId);
            if (session.isEmpty()) {
                root.err.println("No single import has the id " + importId + "; see 'swinglink sessions'.");
                return ExitCodes.USAGE;
            }
            SessionSummary summary = SessionSummary.read(store, session.get());
            if (json) {
                root.out.println(Json.of(summary));
            } else {
                summary.print(root.out, root.readOptions().zone(), root.services.importer().sources()::nameOf);
            }
            return ExitCodes.OK;
        }
    }

    /**
     * The first file and how many more ("jane-doe-2024-10-14.csv +1"): a season's import has
     * hundreds, and one cell with every name pushed the counts off the screen ({@code --json} has them all).
     */
    private static String filesCell(List<String> fileNames) {
        if (fileNames.isEmpty()) {
            return "(no files)";
        }
        return fileNames.size() == 1 ? fileNames.get(0) : fileNames.get(0) + " +" + (fileNames.size() - 1);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
