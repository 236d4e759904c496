package org.swinglink.importer;

import java.util.List;

import org.swinglink.model.ImportStatistics;
import org.swinglink.model.ImportStatus;

/**
 * The outcome of an import, completed or failed; the import session in the database says the same.
 *
 * @param importSessionId the import session recording it
 * @param status          completed or failed
 * @param statistics      counts stored (all zero when it failed: nothing was kept)
 * @param files           what each file contributed (the files read before a failure)
 * @param players         per player: counts and the pairing's clock offset
 * @param unassigned      swings stored without a player, for someone to assign
 * @param warnings        what the import left out or could not decide (rows skipped, duplicates, no player hint)
 * @param errorMessage    why it failed, naming file, line and column; null when it completed
 * @param parserFailure   when it failed because a parser threw: which, on which file, and its stack trace; else null
 */
public record ImportReport(String importSessionId, ImportStatus status, ImportStatistics statistics,
        List<FileReport> files, List<PlayerReport> players, List<UnassignedSwing> unassigned, List<String> warnings,
        String errorMessage, ParserFailure parserFailure) {

    public ImportReport {
        files = List.copyOf(files);
        players = List.copyOf(players);
        unassigned = List.copyOf(unassigned);
        warnings = List.copyOf(warnings);
    }

    public boolean succeeded() {
        return status == ImportStatus.COMPLETED;
    }
}
