package org.swinglink.importer.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.swinglink.importer.DetectedFile;
import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.SourceRegistry;
import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatistics;
import org.swinglink.model.ImportStatus;
import org.swinglink.model.ImportType;
import org.swinglink.model.UserRole;
import org.swinglink.source.api.RecordKind;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SourceFormatException;
import org.swinglink.store.Store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Runs one per-player import: records the import session first (so even a failure leaves a
 * trace), archives the files, then reads and stores every file in one transaction. Any problem
 * rolls the data back and marks the session failed with the reason.
 */
public final class PerPlayerImport {
    /** How many row problems a failure message lists before summarising the rest. */
    private static final int PROBLEMS_SHOWN = 10;

    private final Store store;
    private final SourceRegistry sources;
    private final ImportRequest request;
    private final Users users;
    private final List<FileReport> fileReports = new ArrayList<>();

    public PerPlayerImport(Store store, SourceRegistry sources, ImportRequest request) {
        this.store = store;
        this.sources = sources;
        this.request = request;
        this.users = new Users();
    }

    public ImportReport run() {
        String importId = startSession();
        try {
            List<SourceFile> files = new FileArchive(store.folder()).archive(importId, request.files());
            List<DetectedFile> detected = new ArrayList<>();
            for (SourceFile file : files) {
                detected.add(sources.detect(file));
            }
            ImportStatistics statistics = store.inTransaction(em -> storeAll(em, importId, detected));
            return new ImportReport(importId, ImportStatus.COMPLETED, statistics, fileReports, null);
        } catch (ImportException e) {
            return fail(importId, e.getMessage());
        } catch (WrappedImportException e) {
            return fail(importId, e.getCause().getMessage());
        } catch (PersistenceException e) {
            return fail(importId, "the database refused the import: " + rootMessage(e));
        }
    }

    private String startSession() {
        List<String> names = request.files().stream().map(p -> p.getFileName().toString()).toList();
        return store.inTransaction(em -> {
            ImportSession session = new ImportSession(users.findOrCreate(em, UserRole.ANALYST, request.analyst()),
                    ImportType.PER_PLAYER, names);
            em.persist(session);
            return session.getId();
        });
    }

    private ImportStatistics storeAll(EntityManager em, String importId, List<DetectedFile> detected) {
        String playerId = users.findOrCreate(em, UserRole.PLAYER, request.playerName()).getId();
        em.flush();
        int events = 0;
        int swings = 0;
        Set<String> sourceTypes = new LinkedHashSet<>();
        for (DetectedFile file : detected) {
            int records = read(em, file, importId, playerId);
            sourceTypes.add(file.source().id());
            if (file.source().recordKind() == RecordKind.BATTED_BALL_EVENTS) {
                events += records;
            } else {
                swings += records;
            }
        }
        // Pairing sensor swings with events arrives with the matching bundle; until then none is matched.
        ImportStatistics statistics = new ImportStatistics(swings, 0, swings, 1, events);
        em.find(ImportSession.class, importId).complete(statistics, List.copyOf(sourceTypes));
        return statistics;
    }

    private int read(EntityManager em, DetectedFile detected, String importId, String playerId) {
        SourceFile file = detected.file();
        RecordWriter writer = new RecordWriter(em, file.name(), detected.source().id(), importId, playerId,
                request.analyst());
        try {
            detected.source().read(file, request.options(), writer);
        } catch (SourceFormatException e) {
            throw new WrappedImportException(new ImportException(e.getMessage(), e));
        } catch (IOException e) {
            throw new WrappedImportException(new ImportException(file.name() + ": cannot read the file (" + e.getMessage() + ")", e));
        } catch (RuntimeException e) {
            throw new WrappedImportException(new ImportException(file.name() + ": the " + detected.source().displayName()
                    + " source failed while reading (" + e + ")", e));
        }
        if (!writer.problems().isEmpty()) {
            throw new WrappedImportException(new ImportException(describe(file.name(), writer.problems())));
        }
        if (writer.records() == 0) {
            throw new WrappedImportException(new ImportException(file.name() + ": the " + detected.source().displayName()
                    + " header is there but no rows follow it; was the export cut short?"));
        }
        writer.finish();
        fileReports.add(new FileReport(file.name(), detected.source().id(), detected.source().displayName(),
                detected.confidence(), writer.records()));
        return writer.records();
    }

    static String describe(String fileName, List<RowProblem> problems) {
        StringBuilder message = new StringBuilder(fileName).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " row cannot be read" : " rows cannot be read");
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> message.append("\n  ").append(fileName).append(", ").append(p.describe()));
        if (problems.size() > PROBLEMS_SHOWN) {
            message.append("\n  ... and ").append(problems.size() - PROBLEMS_SHOWN).append(" more");
        }
        return message.toString();
    }

    private ImportReport fail(String importId, String reason) {
        store.runInTransaction(em -> em.find(ImportSession.class, importId).fail(reason));
        return new ImportReport(importId, ImportStatus.FAILED, new ImportStatistics(0, 0, 0, 0, 0), fileReports, reason);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Carries an {@link ImportException} out of the transaction lambda, which rolls back on it. */
    private static final class WrappedImportException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedImportException(ImportException cause) {
            super(cause);
        }
    }
}
