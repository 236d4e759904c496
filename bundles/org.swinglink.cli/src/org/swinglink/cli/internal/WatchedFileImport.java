package org.swinglink.cli.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.ImportMonitor;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.ImportedBefore;
import org.swinglink.importer.Importer;
import org.swinglink.importer.PlayerReport;
import org.swinglink.model.ImportStatistics;
import org.swinglink.store.Store;

/**
 * Imports one settled file of a watched folder as a bulk import of its own (players detected, a ZIP
 * unpacked), so a bad file fails alone and its import session says why. A file whose bytes (every
 * file of a ZIP) an earlier import stored is left alone without an import: the importer's own record
 * of files, by SHA-256, tells which.
 */
final class WatchedFileImport {
    /** What became of a file. */
    enum Outcome {
        IMPORTED, IMPORTED_BEFORE,
        /** In the folders when the watch started and imported before it: not told of one by one. */
        IMPORTED_BEFORE_START,
        FAILED,
        /** A stop was requested and the import rolled back: the file is imported at the next start. */
        STOPPED
    }

    private static final int PLAYERS_NAMED = 3;

    private final Importer importer;
    private final Store store;
    private final Function<Path, ImportRequest> requests;
    private final StopRequest stop;
    private final ZoneId zone;
    private final Instant started = Instant.now();
    /** Plain files looked up together and found imported before, until each is handled. */
    private final Map<Path, ImportedBefore> knownImportedBefore = new HashMap<>();

    WatchedFileImport(Importer importer, Store store, Function<Path, ImportRequest> requests, StopRequest stop, ZoneId zone) {
        this.importer = importer;
        this.store = store;
        this.requests = requests;
        this.stop = stop;
        this.zone = zone;
    }

    /**
     * @param log            told one line of what became of the file
     * @param presentAtStart whether the file was in the folders when the watch started
     */
    Outcome run(Path file, WatchLog log, boolean presentAtStart) {
        ImportRequest request = requests.apply(file);
        List<ImportedBefore> importedBefore = importedBefore(file);
        if (!importedBefore.isEmpty()) {
            if (presentAtStart && importedBefore.stream().allMatch(before -> before.importedAt().isBefore(started))) {
                return Outcome.IMPORTED_BEFORE_START;
            }
            log.line("skipped  " + file + ": already imported by " + importedBefore.get(0).label(zone));
            return Outcome.IMPORTED_BEFORE;
        }
        ImportReport report = importer.importFiles(store, request, new ImportMonitor() {
            @Override
            public boolean isCancelled() {
                return stop.requested();
            }
        });
        String id = "import " + Formats.shortId(report.importSessionId());
        if (report.succeeded()) {
            log.line("imported " + file + ": " + summary(report) + " (" + id + ")");
            return Outcome.IMPORTED;
        }
        if (stop.requested()) {
            log.line("stopped  " + file + ": nothing of it was stored (" + id + "); it is imported at the next start");
            return Outcome.STOPPED;
        }
        log.line("failed   " + file + ": " + report.errorMessage() + " (" + id + "); tried again once the file changes");
        return Outcome.FAILED;
    }

    /** The imports that stored the file's bytes (each file of a ZIP) before; empty unless all were. */
    /**
     * Looks up in one pass which of {@code files} (ZIPs aside, which each hold many) an earlier import
     * stored: a start on a season's folder asks once, not once per file.
     */
    void lookUp(List<Path> files) {
        List<Path> plain = files.stream().filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                .toList();
        if (plain.size() < 2) {
            return;
        }
        try {
            List<ImportedBefore> before = importer.importedBefore(store, plain);
            for (int i = 0; i < plain.size() && before.size() == plain.size(); i++) {
                if (before.get(i) != null) {
                    knownImportedBefore.put(plain.get(i), before.get(i));
                }
            }
        } catch (ImportException e) {
            // one file cannot be read: each is asked on its own, and that one fails alone
        }
    }

    private List<ImportedBefore> importedBefore(Path file) {
        ImportedBefore known = knownImportedBefore.remove(file);
        if (known != null) {
            return List.of(known);
        }
        List<ImportedBefore> before;
        try {
            before = importer.importedBefore(store, List.of(file));
        } catch (ImportException e) {
            return List.of(); // the import fails the same way and its session keeps the reason
        }
        return before.isEmpty() || before.contains(null) ? List.of() : before;
    }

    private static String summary(ImportReport report) {
        ImportStatistics s = report.statistics();
        List<String> parts = new ArrayList<>();
        parts.add(s.hittraxEvents() + " HitTrax events, " + s.totalSwings() + " sensor swings (" + s.matchedSwings() + " matched)");
        List<String> players = report.players().stream().map(PlayerReport::playerName).toList();
        if (!players.isEmpty()) {
            parts.add(players.size() <= PLAYERS_NAMED ? String.join(", ", players) : players.size() + " players");
        }
        if (!report.unassigned().isEmpty()) {
            parts.add(count(report.unassigned().size(), "swing", "swings") + " without a player ('swinglink unassigned')");
        }
        int rowsLeftOut = report.files().stream().mapToInt(FileReport::skippedRows).sum();
        if (rowsLeftOut > 0) {
            parts.add(count(rowsLeftOut, "row", "rows") + " left out");
        }
        long skipped = report.files().stream().filter(FileReport::skippedAsDuplicate).count();
        if (skipped > 0) {
            parts.add(skipped + " of its files imported before, skipped");
        }
        return String.join("; ", parts);
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
