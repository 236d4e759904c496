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
 * @param errorMessage    why it failed, naming file, line and column; null when it completed
 */
public record ImportReport(String importSessionId, ImportStatus status, ImportStatistics statistics,
        List<FileReport> files, String errorMessage) {

    public boolean succeeded() {
        return status == ImportStatus.COMPLETED;
    }
}
