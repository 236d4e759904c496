package org.swinglink.ui.internal.wizard;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;

import org.swinglink.importer.ClockReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.PlayerReport;
import org.swinglink.model.ImportStatistics;
import org.swinglink.store.PairOrigin;

/** The result of an import in words: per player what was stored and paired, what was left out. */
final class ImportSummary {
    private ImportSummary() {
    }

    /** @param sensorNames a sensor type's name for people */
    static String of(ImportReport report, Function<String, String> sensorNames) {
        if (!report.succeeded()) {
            return "The import failed and nothing was stored:\n" + report.errorMessage();
        }
        ImportStatistics s = report.statistics();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Imported %d HitTrax events and %d sensor swings; %d swings matched, %d unmatched.%n",
                s.hittraxEvents(), s.totalSwings(), s.matchedSwings(), s.unmatchedSwings()));
        for (PlayerReport player : report.players()) {
            text.append(String.format(Locale.ROOT, "%n%s: %d events, %d swings, %d matched, clock offset %s%s",
                    player.playerName(), player.hittraxEvents(), player.sensorSwings(), player.matchedSwings(),
                    offset(player), course(player.clock())));
            if (!player.pairOrigins().isEmpty()) {
                text.append("; pairs: ").append(PairOrigin.describe(player.pairOrigins(), sensorNames));
            }
        }
        text.append(String.format(Locale.ROOT, "%n%nUnassigned swings: %d", report.unassigned().size()));
        if (!report.warnings().isEmpty()) {
            text.append(String.format("%n%nWarnings:"));
            report.warnings().forEach(w -> text.append(String.format("%n- %s", w)));
        }
        return text.toString();
    }

    /** ", drifting +2,950 ppm (10.6 s an hour), stepping +12.0 s at 18:42:10" in this computer's zone; empty when constant. */
    private static String course(ClockReport clock) {
        if (clock == null) {
            return "";
        }
        String text = clock.driftPpm() == 0 ? "" : ", drifting " + clock.driftText();
        return clock.steps().isEmpty() ? text : text + ", stepping " + clock.stepsText(ZoneId.systemDefault());
    }

    private static String offset(PlayerReport player) {
        if (player.clockOffsetMillis() == null) {
            return "none (nothing to pair)";
        }
        String seconds = String.format(Locale.ROOT, "%+.1f s", player.clockOffsetMillis() / 1000.0);
        if (!player.offsetEstimated()) {
            return seconds + " (given)";
        }
        return player.offsetSupport() == null ? seconds + " (estimated)"
                : String.format(Locale.ROOT, "%s (estimated, %.0f%% of swings agree)", seconds, player.offsetSupport() * 100);
    }
}
