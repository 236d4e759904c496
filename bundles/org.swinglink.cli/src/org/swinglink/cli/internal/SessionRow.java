package org.swinglink.cli.internal;

import java.time.Instant;
import java.util.List;

import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatistics;

/** An import session as {@code sessions --json} prints it. */
record SessionRow(String id, Instant createdAt, Instant completedAt, String importType, String status, String analyst,
        List<String> sourceTypes, List<String> fileNames, int fileCount, ImportStatistics statistics, String errorMessage,
        String warnings) {

    static SessionRow of(ImportSession session) {
        return new SessionRow(session.getId(), session.getCreatedAt(), session.getCompletedAt(),
                session.getImportType().databaseValue(), session.getStatus().databaseValue(), session.getUser().getName(),
                List.copyOf(session.getSourceTypes()), List.copyOf(session.getFileNames()), session.getFileCount(),
                session.getStatistics(), session.getErrorMessage(), session.getWarnings());
    }
}
