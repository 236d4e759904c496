package org.swinglink.cli.internal;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.swinglink.importer.ClockReport;
import org.swinglink.importer.PlayerReport;
import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.ImportFileNames;
import org.swinglink.model.ImportPlayer;
import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatistics;
import org.swinglink.model.SensorSwing;
import org.swinglink.store.PairOrigin;
import org.swinglink.store.Store;

/**
 * {@code swinglink sessions ID}: one import as its rows stand now, after every assignment, pairing
 * and later import: what each player has from it, and the swings still without a player.
 *
 * @param session      the import
 * @param timeZones    the zones its files' local times were read in; null for imports before SwingLink recorded them
 * @param pairedEvents of its HitTrax events, how many are paired with a swing
 * @param players    per player: the import's events and swings, each side paired and unpaired, the offset
 * @param unassigned the import's swings nobody has been given yet
 */
record SessionSummary(SessionRow session, String timeZones, int pairedEvents, List<PlayerReport> players,
        List<UnassignedSwing> unassigned) {

    static SessionSummary read(Store store, ImportSession session) {
        Map<String, List<PairOrigin>> origins = store.queries().pairOrigins(session.getId());
        List<PlayerReport> players = store.queries().importPlayers(session.getId()).stream()
                .map(row -> report(row, origins.getOrDefault(row.getPlayer().getId(), List.of()))).toList();
        List<UnassignedSwing> unassigned = store.queries().unassignedSensorSwings(session.getId()).stream()
                .map(SessionSummary::unassigned).toList();
        return new SessionSummary(SessionRow.of(session), session.getTimeZones(), session.getPairedEvents(), players,
                unassigned);
    }

    /** @param sensorNames a sensor type's name for people */
    void print(PrintWriter out, ZoneId zone, Function<String, String> sensorNames) {
        ImportStatistics s = session.statistics();
        out.printf("Import %s of %s, %s (%s, %s)%n", session.id(), ImportFileNames.label(session.fileNames()),
                Formats.time(session.createdAt(), zone), session.importType(), session.status());
        out.printf("  %d HitTrax events (%d paired, %d unpaired), %d sensor swings (%d matched, %d unmatched), %d player%s.%n",
                s.hittraxEvents(), pairedEvents, s.hittraxEvents() - pairedEvents, s.totalSwings(), s.matchedSwings(),
                s.unmatchedSwings(), s.playersDetected(), s.playersDetected() == 1 ? "" : "s");
        if (timeZones != null) {
            out.println("  Local times in its files read in " + timeZones + ".");
        }
        if (session.errorMessage() != null) {
            out.println("  Error: " + session.errorMessage());
        }
        ImportSummaryPrinter printer = new ImportSummaryPrinter(out, zone, sensorNames);
        printer.printPlayers(players);
        printer.printUnassigned(unassigned);
        printer.printWarnings(session.warnings() == null ? List.of() : session.warnings().lines().toList());
    }

    private static PlayerReport report(ImportPlayer row, List<PairOrigin> origins) {
        return new PlayerReport(row.getPlayer().getName(), row.getHittraxEvents(), row.getPairedEvents(),
                row.getSensorSwings(), row.getMatchedSwings(), row.getClockOffsetMillis(), row.isOffsetEstimated(),
                row.getOffsetSupport(), origins, ClockReport.of(row.getClockCourse()));
    }

    private static UnassignedSwing unassigned(SensorSwing swing) {
        return new UnassignedSwing(swing.getId(), swing.getSensorType(), swing.getSensorTimestamp(), swing.getSourceFile(),
                swing.getSourceLine());
    }
}
