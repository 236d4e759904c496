package org.swinglink.cli.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatistics;
import org.swinglink.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink sessions}: every import with its statistics, newest first. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Lists every import with its files, sources, counts, status and error.")
final class SessionsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private SwingLinkCommand root;

    @picocli.CommandLine.Option(names = "--json", description = "Print the imports as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            List<ImportSession> sessions = store.queries().importSessions();
            if (json) {
                root.out.println(Json.of(sessions.stream().map(SessionRow::of).toList()));
                return ExitCodes.OK;
            }
            if (sessions.isEmpty()) {
                root.out.println("No imports yet.");
                return ExitCodes.OK;
            }
            TextTable table = new TextTable("ID", "CREATED", "TYPE", "STATUS", "SOURCES", "FILES", "EVENTS",
                    "SWINGS", "MATCHED", "UNMATCHED", "PLAYERS", "ERROR");
            ZoneId zone = root.readOptions().zone();
            for (ImportSession session : sessions) {
                ImportStatistics s = session.getStatistics();
                table.row(session.getId(), WHEN.format(session.getCreatedAt().atZone(zone)),
                        session.getImportType().databaseValue(), session.getStatus().databaseValue(),
                        String.join(",", session.getSourceTypes()), String.join(", ", session.getFileNames()),
                        s.hittraxEvents(), s.totalSwings(), s.matchedSwings(), s.unmatchedSwings(), s.playersDetected(),
                        firstLine(session.getErrorMessage()));
            }
            table.print(root.out, "");
            return ExitCodes.OK;
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
