package org.swinglink.importer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.swinglink.store.RowInserts;
import org.swinglink.importer.ImportMonitor;
import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.HitTraxSession;
import org.swinglink.model.ImportSession;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.User;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;

import jakarta.persistence.EntityManager;

/**
 * Stores the records of one file as they stream in, each given to the player its row (or the file)
 * names. Events and swings go to the database held and sent in bulk ({@link RowInserts}: JDBC batches
 * on Derby, COPY on a server, gathered across small files); only their
 * times and ids stay in memory (in the {@link PlayerTally}), so memory stays flat however long the
 * file is. The surrounding transaction still makes the import all or nothing.
 */
final class RecordWriter implements RecordSink {
    private final EntityManager em;
    private final RowInserts inserts;
    private final String fileName;
    private final String sourceId;
    private final String importSessionId;
    private final Function<String, String> playerOfName;
    private final String assignedBy;
    private final PlayerTally tally;
    private final ImportMonitor monitor;
    private final Instant now = Instant.now();
    private final Map<String, SessionSpan> hittraxSessionByPlayer = new HashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<UnassignedSwing> unassigned = new ArrayList<>();
    private int events;
    private int swings;
    private int pairedInFile;
    private int unassignedPairedInFile;
    private List<String> rawColumns;

    /** A HitTrax session this file created, and the times its events cover. */
    private static final class SessionSpan {
        final String id;
        Instant first;
        Instant last;

        SessionSpan(String id) {
            this.id = id;
        }

        void cover(Instant time) {
            first = first == null || time.isBefore(first) ? time : first;
            last = last == null || time.isAfter(last) ? time : last;
        }
    }

    /**
     * @param playerOfName the player id for a name found in a row (null name: the file's player,
     *                     if any); returns null when nobody can be told
     */
    RecordWriter(EntityManager em, RowInserts inserts, String fileName, String sourceId, String importSessionId,
            Function<String, String> playerOfName, String assignedBy, PlayerTally tally, ImportMonitor monitor) {
        this.em = em;
        this.inserts = inserts;
        this.fileName = fileName;
        this.sourceId = sourceId;
        this.importSessionId = importSessionId;
        this.playerOfName = playerOfName;
        this.assignedBy = assignedBy;
        this.tally = tally;
        this.monitor = monitor;
    }

    @Override
    public void battedBall(BattedBallRecord record) {
        String playerId = playerOfName.apply(record.playerName());
        String id = storeEvent(playerId, record);
        if (playerId != null) {
            tally.event(playerId, record.timestamp(), id);
        }
    }

    /** A player's timed swing waits for pairing ({@link PendingSwings}); any other is stored now, as it stays. */
    @Override
    public void sensorSwing(SensorSwingRecord record) {
        String playerId = playerOfName.apply(record.playerName());
        if (playerId == null || record.timestamp() == null) {
            String id = storeSwing(playerId, sourceId, record, null);
            if (playerId != null) {
                tally.swing(playerId, record.timestamp(), id);
            }
            return;
        }
        noteColumns(record.raw());
        String id = inserts.newId();
        tally.pendingSwings().hold(playerId, id, sourceId, fileName, assignedBy, record);
        tally.swing(playerId, record.timestamp(), id);
        swings++;
        counted();
    }

    /** Both rows, paired as the file says; neither takes part in pairing by time. */
    @Override
    public void pairedInFile(BattedBallRecord event, SensorSwingRecord swing, String sensorType) {
        String playerId = playerOfName.apply(event.playerName());
        String eventId = storeEvent(playerId, event);
        storeSwing(playerId, sensorType, swing, eventId);
        pairedInFile++;
        if (playerId != null) {
            tally.inFilePair(playerId, event.timestamp(), eventId);
        } else {
            unassignedPairedInFile++;
        }
    }

    private String storeEvent(String playerId, BattedBallRecord record) {
        SessionSpan session = hittraxSession(playerId);
        session.cover(record.timestamp());
        noteColumns(record.raw());
        String id = inserts.event(session.id, record);
        events++;
        counted();
        return id;
    }

    private String storeSwing(String playerId, String sensorType, SensorSwingRecord record, String pairedInFile) {
        noteColumns(record.raw());
        String id = inserts.newId();
        inserts.swing(id, importSessionId, sensorType, fileName, playerId, assignedBy, now, record, pairedInFile,
                pairedInFile == null ? null : PairingMethod.IN_FILE, 0);
        if (playerId == null) {
            unassigned.add(new UnassignedSwing(id, sensorType, record.timestamp(), fileName, record.line()));
        }
        swings++;
        counted();
        return id;
    }

    /** The file's column names, as its first row names them: with the file's bytes they give back any row. */
    private void noteColumns(Map<String, String> raw) {
        if (rawColumns == null) {
            rawColumns = List.copyOf(raw.keySet());
        }
    }

    /** The names of the file's columns; empty when it held no row. */
    List<String> rawColumns() {
        return rawColumns == null ? List.of() : rawColumns;
    }

    @Override
    public void rowProblem(RowProblem problem) {
        problems.add(problem);
    }

    /**
     * Gives each HitTrax session its time span. The file's rows may still be held by the inserts:
     * they go out with the next files' (one COPY or batch for many small files), at the latest before pairing.
     */
    void finish() {
        for (SessionSpan span : hittraxSessionByPlayer.values()) {
            if (span.first != null) {
                HitTraxSession session = em.find(HitTraxSession.class, span.id);
                session.cover(span.first);
                session.cover(span.last);
            }
        }
        em.flush();
        em.clear();
    }

    int records() {
        return events + swings;
    }

    int events() {
        return events;
    }

    int swings() {
        return swings;
    }

    /** Swings the file paired with its own events. */
    int pairedInFile() {
        return pairedInFile;
    }

    /** Pairs the file made whose rows name no player: paired, but on nobody's list yet. */
    int unassignedPairedInFile() {
        return unassignedPairedInFile;
    }

    List<RowProblem> problems() {
        return problems;
    }

    List<UnassignedSwing> unassigned() {
        return unassigned;
    }

    private void counted() {
        if (records() % RowInserts.BATCH_SIZE == 0) {
            monitor.recordsStored(records());
            if (monitor.isCancelled()) {
                throw new ImportCancelled();
            }
        }
    }

    /** One HitTrax session per player per file (a file may hold several batters). */
    private SessionSpan hittraxSession(String playerId) {
        String key = playerId == null ? "" : playerId;
        SessionSpan span = hittraxSessionByPlayer.get(key);
        if (span == null) {
            HitTraxSession session = new HitTraxSession(playerId == null ? null : em.getReference(User.class, playerId),
                    em.getReference(ImportSession.class, importSessionId), fileName);
            em.persist(session);
            span = new SessionSpan(session.getId());
            hittraxSessionByPlayer.put(key, span);
        }
        return span;
    }
}
