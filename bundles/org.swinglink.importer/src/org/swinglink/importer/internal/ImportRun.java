package org.swinglink.importer.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.swinglink.importer.ClockReport;
import org.swinglink.importer.DetectedFile;
import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportException;
import org.swinglink.importer.ImportMonitor;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.ParserFailure;
import org.swinglink.importer.PlayerReport;
import org.swinglink.importer.SourceRegistry;
import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.ImportPlayer;
import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatistics;
import org.swinglink.model.ImportStatus;
import org.swinglink.model.ImportedFile;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;
import org.swinglink.source.api.SourceFile;
import org.swinglink.source.api.SwingSource;
import org.swinglink.store.Folders;
import org.swinglink.store.ImportLocks;
import org.swinglink.store.OriginalFiles;
import org.swinglink.store.PairOrigin;
import org.swinglink.store.PairOrigins;
import org.swinglink.store.RowIds;
import org.swinglink.store.RowInserts;
import org.swinglink.store.SeasonSums;
import org.swinglink.store.SecondaryIndexes;
import org.swinglink.store.Store;
import org.swinglink.store.StoredRows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Runs one import: records the import session first (so even a failure leaves a trace), archives
 * the files, then in one transaction stores every file's records under the players they name,
 * pairs each player's swings with their events and completes the session with its statistics.
 * Any failure rolls the data back and marks the session failed with the reason.
 */
public final class ImportRun {
    /** Who is recorded as having assigned swings that an import gave to a player by name. */
    static final String AUTOMATIC = "import";
    /** {@code -Dswinglink.load.indexesAfter=false} keeps the indexes during a load, to measure what building them after gives. */
    private static final boolean LOAD_BEFORE_INDEXES = !"false".equals(System.getProperty("swinglink.load.indexesAfter"));

    private final Store store;
    private final SourceRegistry sources;
    private final ImportRequest request;
    private final ImportMonitor monitor;
    private final List<FileReport> fileReports = new ArrayList<>();
    private final List<PlayerReport> playerReports = new ArrayList<>();
    private final List<UnassignedSwing> unassigned = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public ImportRun(Store store, SourceRegistry sources, ImportRequest request, ImportMonitor monitor) {
        this.store = store;
        this.sources = sources;
        this.request = request;
        this.monitor = monitor;
    }

    public ImportReport run() {
        // the import is marked running before its session exists, so no other program calls it interrupted
        String importId = store.inTransaction(RowIds::one);
        try (Store.RunningImport running = store.running(importId)) {
            startSession(importId);
            return runStarted(importId);
        }
    }

    private ImportReport runStarted(String importId) {
        Path work = store.workDirectory(importId);
        // the id is new to the database, so whatever is there a process that died left
        Folders.removeQuietly(work);
        try {
            List<SourceFile> archived = new FileArchive(work).archive(request.inputs(), request::imports);
            monitor.filesFound(archived);
            List<DetectedFile> detected = new ArrayList<>();
            for (SourceFile file : archived) {
                detected.add(sources.detect(file));
            }
            ImportStatistics statistics = store.inTransaction(em -> storeAndPair(em, importId, detected));
            return report(importId, ImportStatus.COMPLETED, statistics, null);
        } catch (ImportException e) {
            return fail(importId, e.getMessage());
        } catch (FailedImport e) {
            if (e.failingSource().isPresent()) {
                return failByParser(importId, e.failingSource().get(), e.fileName(), e.thrown());
            }
            return fail(importId, e.reason());
        } catch (ImportCancelled e) {
            return fail(importId, "cancelled by " + request.analyst() + "; nothing was stored");
        } catch (PersistenceException e) {
            return fail(importId, "the database refused the import: " + rootMessage(e));
        } finally {
            Folders.removeQuietly(work); // the database holds what was imported; a failed import keeps nothing
        }
    }

    private String startSession(String importId) {
        List<String> names = request.inputs().stream().map(p -> p.getFileName().toString()).toList();
        return store.inTransaction(em -> {
            User analyst = new Users().findOrCreate(em, UserRole.ANALYST, request.analyst());
            ImportSession session = new ImportSession(importId, analyst, request.type(), names);
            session.recordTimeZones(request.describeZones());
            em.persist(session);
            return session.getId();
        });
    }

    private ImportStatistics storeAndPair(EntityManager em, String importId, List<DetectedFile> files) {
        // on a server another computer may commit rows at any moment: always look for them
        boolean shared = ImportLocks.shared(em);
        boolean earlierRows = shared || StoredRows.any(em);
        PlayerDirectory players = new PlayerDirectory(em);
        PlayerTally tally = new PlayerTally();
        Set<String> sourceTypes = new LinkedHashSet<>();
        List<String> hashes = files.stream().map(file -> fingerprint(file.file())).toList();
        ImportLocks.lockFiles(em, hashes); // a file another computer is importing now: wait, then find it imported
        Map<String, String> importedBefore = EarlierImports.of(em, hashes);
        int events = 0;
        int unassignedPairedInFile = 0;
        // into an empty database the big tables' indexes are built once, after the load
        Runnable rebuildIndexes = earlierRows || !LOAD_BEFORE_INDEXES ? () -> { } : SecondaryIndexes.dropForLoad(em);
        ImportPairing pairing;
        int matched;
        String[] earlierImport = new String[files.size()]; // null: the file is stored now
        for (int index = 0; index < files.size(); index++) {
            // the same bytes twice in one import: the second is skipped
            earlierImport[index] = importedBefore.putIfAbsent(hashes.get(index), importId);
        }
        try (RowInserts inserts = new RowInserts(em, em::flush);
                FileReads reads = new FileReads(files, index -> earlierImport[index] == null, request, shared)) {
            FileImport fileImport = new FileImport(new ImportTarget(em, inserts, importId), request, players, tally, sources);
            for (int index = 0; index < files.size(); index++) {
                DetectedFile file = files.get(index);
                monitor.fileStarted(file.file().name(), index);
                String sha256 = hashes.get(index);
                Optional<String> earlier = Optional.ofNullable(earlierImport[index]);
                if (earlier.isPresent()) {
                    fileReports.add(FileReport.skipped(file.file().name(), file.source().id(),
                            file.source().displayName(), file.confidence(), earlier.get()));
                    warnings.add(file.file().name() + ": already imported (import " + earlier.get() + "); skipped");
                    continue;
                }
                FileResult stored = fileImport.store(file, monitor, reads.take(index));
                monitor.fileStored(index, stored.records());
                fileReports.add(stored.report());
                unassigned.addAll(stored.unassigned());
                warnings.addAll(stored.warnings());
                ImportedFile imported = new ImportedFile(em.getReference(ImportSession.class, importId), file.file().name(),
                        sha256, file.source().id(), stored.records());
                em.persist(imported);
                OriginalFiles.keep(em, imported.getId(), file.file().path(), stored.rawColumns());
                sourceTypes.add(file.source().id());
                events += stored.events();
                unassignedPairedInFile += stored.unassignedPairedInFile();
            }
            inserts.flush(); // pairing reads the events back
            ImportLocks.lockPlayers(em, tally.byPlayer().keySet()); // pair with what another import of theirs committed
            monitor.phaseStarted(ImportMonitor.Phase.PAIRING);
            pairing = new ImportPairing(em, importId, request.matching().toOptions(), earlierRows, tally.pendingSwings());
            matched = pairEachPlayer(em, pairing, importId, players, tally, () -> {
                monitor.phaseStarted(ImportMonitor.Phase.WRITING);
                tally.pendingSwings().insertAll(inserts, importId, Instant.now()); // each with the pair just found
                rebuildIndexes.run();
            }) + unassignedPairedInFile;
        }
        int totalSwings = tally.totalSwings() + unassigned.size();
        ImportStatistics statistics = new ImportStatistics(totalSwings, matched, totalSwings - matched,
                tally.byPlayer().size(), events);
        int pairedEvents = playerReports.stream().mapToInt(PlayerReport::pairedEvents).sum();
        ImportSession session = em.find(ImportSession.class, importId);
        session.recordFiles(files.stream().map(f -> f.file().name()).toList());
        session.complete(statistics, pairedEvents, List.copyOf(sourceTypes), String.join("\n", warnings));
        pairing.recountEarlierImports();
        SeasonSums.markImported(em, importId, !earlierRows);
        CommitHold.here(monitor::isCancelled);
        if (monitor.isCancelled()) { // the last moment a stop (a watched folder's SIGTERM) can still roll it all back
            throw new ImportCancelled();
        }
        return statistics;
    }

    /**
     * Pairs and records each player's pairing; returns how many of this import's swings were paired.
     *
     * @param storePaired stores what pairing waited for, before the pairs are reported from the rows
     */
    private int pairEachPlayer(EntityManager em, ImportPairing pairing, String importId, PlayerDirectory players,
            PlayerTally tally, Runnable storePaired) {
        record Paired(String playerId, PlayerTally.Counts counts, ImportPairing.Outcome outcome, int swings, int events) {
        }
        List<Paired> paired = new ArrayList<>();
        for (Map.Entry<String, PlayerTally.Counts> entry : tally.byPlayer().entrySet()) {
            PlayerTally.Counts counts = entry.getValue();
            ImportPairing.Outcome outcome = pairing.pair(entry.getKey(), counts.events, counts.timedSwings,
                    counts.eventsPairedInFile);
            if (outcome.swingsOnBallsPairedInFile() > 0) {
                warnings.add(players.nameOf(entry.getKey()) + ": " + plural(outcome.swingsOnBallsPairedInFile(), "swing falls",
                        "swings fall") + " on HitTrax balls whose export already holds a sensor swing (paired in file);"
                        + " most likely the same swings from the sensor's own export, so they were left unpaired");
            }
            int swingsPaired = outcome.importSwingsPaired() + counts.inFilePairs;
            int eventsPaired = outcome.importEventsPaired() + counts.inFilePairs;
            ImportPlayer row = new ImportPlayer(em.getReference(ImportSession.class, importId),
                    em.getReference(User.class, entry.getKey()), counts.hittraxEvents, counts.sensorSwings);
            row.recordPairing(swingsPaired, outcome.offsetMillis(), outcome.offsetEstimated(), outcome.support(),
                    request.matching().toOptions().toleranceMillis());
            row.recordClockCourse(outcome.clockCourse());
            row.recount(counts.hittraxEvents, eventsPaired, counts.sensorSwings, swingsPaired);
            em.persist(row);
            paired.add(new Paired(entry.getKey(), counts, outcome, swingsPaired, eventsPaired));
        }
        storePaired.run();
        Map<String, List<PairOrigin>> origins = paired.isEmpty() ? Map.of() : PairOrigins.of(em, importId);
        int matched = 0;
        for (Paired p : paired) {
            playerReports.add(new PlayerReport(players.nameOf(p.playerId()), p.counts().hittraxEvents, p.events(),
                    p.counts().sensorSwings, p.swings(), p.outcome().offsetMillis(), p.outcome().offsetEstimated(),
                    p.outcome().support(), origins.getOrDefault(p.playerId(), List.of()),
                    ClockReport.of(p.outcome().clockCourse())));
            matched += p.swings();
        }
        return matched;
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String fingerprint(SourceFile file) {
        try {
            return FileFingerprint.sha256(file.path());
        } catch (IOException e) {
            throw new FailedImport(new ImportException(file.name() + ": cannot read the file (" + e.getMessage() + ")", e));
        }
    }

    /** A parser's defect fails the import like a bad file, but names the parser and keeps its stack trace for the log. */
    private ImportReport failByParser(String importId, SwingSource source, String fileName, Throwable thrown) {
        sources.recordFailure(source, "threw " + thrown + " while reading " + fileName);
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        ParserFailure failure = new ParserFailure(source.displayName(), fileName, thrown.toString(), sources.builtIn(source),
                trace.toString());
        String reason = failure.describe() + (failure.builtIn() ? " (a defect in SwingLink; please report it with the log)"
                : " (a defect in that parser, not in the file; tell its maker)");
        return fail(importId, reason, failure);
    }

    private ImportReport fail(String importId, String reason) {
        return fail(importId, reason, null);
    }

    private ImportReport fail(String importId, String reason, ParserFailure parserFailure) {
        store.runInTransaction(em -> em.find(ImportSession.class, importId).fail(reason));
        playerReports.clear();
        unassigned.clear();
        return new ImportReport(importId, ImportStatus.FAILED, new ImportStatistics(0, 0, 0, 0, 0), fileReports,
                playerReports, unassigned, warnings, reason, parserFailure);
    }

    private ImportReport report(String importId, ImportStatus status, ImportStatistics statistics, String error) {
        return new ImportReport(importId, status, statistics, fileReports, playerReports, unassigned, warnings, error, null);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
