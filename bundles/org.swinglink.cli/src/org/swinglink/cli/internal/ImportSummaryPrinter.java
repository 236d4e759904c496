package org.swinglink.cli.internal;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.swinglink.importer.ClockReport;
import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.PlayerReport;
import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.ImportStatistics;
import org.swinglink.store.PairOrigin;

/**
 * Prints an import's summary for people: files, players with their pairing, unassigned swings,
 * warnings. Up to {@value #FILES_LISTED} files (or when asked) each file has its line; beyond, the
 * files are summed per source and only those with a problem listed ({@link FilesBySource}).
 */
final class ImportSummaryPrinter {
    static final int FILES_LISTED = 20;
    private final PrintWriter out;
    private final ZoneId zone;
    private final Function<String, String> sensorNames;

    /** @param sensorNames a sensor type's name for people */
    ImportSummaryPrinter(PrintWriter out, ZoneId zone, Function<String, String> sensorNames) {
        this.out = out;
        this.zone = zone;
        this.sensorNames = sensorNames;
    }

    void print(ImportReport report) {
        print(report, false);
    }

    /** @param everyFile a line for each file and each unassigned swing, however many */
    void print(ImportReport report, boolean everyFile) {
        if (!everyFile && report.files().size() > FILES_LISTED) {
            new FilesBySource(report).print(out);
            printPlayers(report.players());
            printUnassignedCount(report);
            printWarnings(FilesBySource.warningsWithoutSkippedFiles(report));
            printCompleted(report);
            return;
        }
        if (!report.files().isEmpty()) {
            TextTable files = new TextTable("FILE", "SOURCE", "CONFIDENCE", "RECORDS", "ROWS LEFT OUT", "NOTE");
            for (FileReport file : report.files()) {
                files.row(file.fileName(), file.sourceName(), file.confidence() + "%", file.records(), file.skippedRows(),
                        note(file));
            }
            files.print(out, "  ");
        }
        printPlayers(report.players());
        printUnassigned(report.unassigned());
        printWarnings(report.warnings());
        printCompleted(report);
    }

    private void printCompleted(ImportReport report) {
        if (report.succeeded()) {
            ImportStatistics s = report.statistics();
            out.println();
            out.printf("Import %s completed: %d HitTrax events, %d sensor swings (%d matched, %d unmatched), %d player%s.%n",
                    report.importSessionId(), s.hittraxEvents(), s.totalSwings(), s.matchedSwings(), s.unmatchedSwings(),
                    s.playersDetected(), s.playersDetected() == 1 ? "" : "s");
        }
    }

    private static String note(FileReport file) {
        if (file.skippedAsDuplicate()) {
            return "already imported by " + Formats.shortId(file.duplicateOf());
        }
        return file.pairedInFile() == 0 ? ""
                : file.pairedInFile() + (file.pairedInFile() == 1 ? " sensor swing" : " sensor swings") + " paired in the file";
    }

    /**
     * Per player: the import's HitTrax events and sensor swings, however and whenever the swings
     * were given to them, each side paired and unpaired, and the clock of the pairing: the offset at
     * the start of the visit it was measured in, how it drifted and where it stepped.
     */
    void printPlayers(List<PlayerReport> players) {
        if (players.isEmpty()) {
            return;
        }
        out.println();
        TextTable table = new TextTable("PLAYER", "EVENTS", "SWINGS", "MATCHED", "UNMATCHED", "CLOCK OFFSET", "SUPPORT",
                "DRIFT", "CLOCK STEPS", "PAIRED EVENTS", "UNPAIRED EVENTS", "PAIRS");
        for (PlayerReport player : players) {
            ClockReport clock = player.clock();
            table.row(player.playerName(), player.hittraxEvents(), player.sensorSwings(), player.matchedSwings(),
                    player.unmatchedSwings(), Formats.offset(player.clockOffsetMillis(), player.offsetEstimated()),
                    Formats.share(player.offsetSupport()), clock == null ? "-" : clock.driftText(),
                    clock == null ? "-" : clock.stepsText(zone), player.pairedEvents(), player.unpairedEvents(),
                    PairOrigin.describe(player.pairOrigins(), sensorNames));
        }
        table.print(out, "  ");
    }

    void printUnassigned(List<UnassignedSwing> unassigned) {
        if (unassigned.isEmpty()) {
            return;
        }
        out.println();
        out.println("Unassigned swings (" + unassigned.size() + "); give them a player with 'swinglink assign ID... --player NAME':");
        TextTable swings = new TextTable("ID", "SENSOR", "TIME", "FILE", "LINE");
        for (UnassignedSwing swing : unassigned) {
            swings.row(Formats.shortId(swing.swingId()), swing.sensorType(), Formats.time(swing.timestamp(), zone),
                    swing.fileName(), swing.line());
        }
        swings.print(out, "  ");
    }

    /** A big import's unassigned swings are counted, not listed: 'swinglink unassigned' lists them. */
    private void printUnassignedCount(ImportReport report) {
        int count = report.unassigned().size();
        if (count == 0) {
            return;
        }
        out.println();
        out.println("Unassigned swings: " + count + "; list them with 'swinglink unassigned --import " + Formats.shortId(report.importSessionId())
                + "' and give them a player with 'swinglink assign ID... --player NAME'.");
    }

    void printWarnings(List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.println();
        out.println("Warnings:");
        warnings.forEach(w -> out.println("  " + w.replace("\n", "\n  ")));
    }
}
