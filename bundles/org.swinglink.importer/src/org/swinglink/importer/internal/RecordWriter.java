package org.swinglink.importer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.swinglink.importer.ImportMonitor;
import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.HitTraxSession;
import org.swinglink.model.ImportSession;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.source.api.BattedBallRecord;
import org.swinglink.source.api.RecordSink;
import org.swinglink.source.api.RowProblem;
import org.swinglink.source.api.SensorSwingRecord;

import jakarta.persistence.EntityManager;

/**
 * Persists the records of one file as they stream in, each given to the player its row (or the
 * file) names. The persistence context is flushed and cleared every {@link #BATCH_SIZE} records
 * so memory stays flat however long the file is; the surrounding transaction still makes the
 * import all or nothing.
 */
final class RecordWriter implements RecordSink {
    static final int BATCH_SIZE = 1000;

    private final EntityManager em;
    private final String fileName;
    private final String sourceId;
    private final String importSessionId;
    private final Function<String, String> playerOfName;
    private final String assignedBy;
    private final PlayerTally tally;
    private final ImportMonitor monitor;
    private final Map<String, String> hittraxSessionByPlayer = new HashMap<>();
    private final Map<String, HitTraxSession> newSessions = new HashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<UnassignedSwing> unassigned = new ArrayList<>();
    private int records;

    /**
     * @param playerOfName the player id for a name found in a row (null name: the file's player,
     *                     if any); returns null when nobody can be told
     */
    RecordWriter(EntityManager em, String fileName, String sourceId, String importSessionId,
            Function<String, String> playerOfName, String assignedBy, PlayerTally tally, ImportMonitor monitor) {
        this.em = em;
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
        HitTraxEvent event = new HitTraxEvent(hittraxSession(playerId), record.timestamp(), record.line());
        event.setPitch(record.pitchNumber(), record.atBat(), record.pitchSpeed(), record.pitchType(), record.strikeZone());
        event.setBattedBall(record.exitVelocity(), record.launchAngle(), record.distance(), record.horizontalAngle());
        event.setOutcome(record.result(), record.hitType(), record.points(), record.sprayChartX(), record.sprayChartZ());
        event.setRawDataJson(RawJson.of(record.raw()));
        if (playerId != null) {
            tally.event(playerId, record.timestamp());
        }
        persist(event);
    }

    @Override
    public void sensorSwing(SensorSwingRecord record) {
        String playerId = playerOfName.apply(record.playerName());
        SensorSwing swing = new SensorSwing(em.getReference(ImportSession.class, importSessionId), sourceId,
                record.timestamp(), record.line());
        swing.setSourceFile(fileName);
        swing.setSensorDeviceId(record.sensorDeviceId());
        swing.setMetrics(record.batSpeed(), record.attackAngle(), record.timeToContact(), record.peakHandSpeed());
        swing.setVendorMetrics(record.blastFactor(), record.powerOutput(), record.rotationMetric());
        swing.setRawDataJson(RawJson.of(record.raw()));
        if (playerId == null) {
            unassigned.add(new UnassignedSwing(swing.getId(), sourceId, record.timestamp(), fileName, record.line()));
        } else {
            swing.assignTo(em.getReference(User.class, playerId), assignedBy);
            tally.swing(playerId, record.timestamp());
        }
        persist(swing);
    }

    @Override
    public void rowProblem(RowProblem problem) {
        problems.add(problem);
    }

    /** Writes what is still pending and gives each HitTrax session its time span. */
    void finish() {
        em.flush();
        if (!hittraxSessionByPlayer.isEmpty()) {
            List<Object[]> spans = em.createQuery("""
                    SELECT e.session.id, MIN(e.eventTimestamp), MAX(e.eventTimestamp) FROM HitTraxEvent e
                    WHERE e.session.id IN :ids GROUP BY e.session.id""", Object[].class)
                    .setParameter("ids", List.copyOf(hittraxSessionByPlayer.values())).getResultList();
            for (Object[] span : spans) {
                HitTraxSession session = em.find(HitTraxSession.class, span[0]);
                session.cover((Instant) span[1]);
                session.cover((Instant) span[2]);
            }
            em.flush();
        }
        em.clear();
    }

    int records() {
        return records;
    }

    List<RowProblem> problems() {
        return problems;
    }

    List<UnassignedSwing> unassigned() {
        return unassigned;
    }

    private void persist(Object entity) {
        em.persist(entity);
        if (++records % BATCH_SIZE == 0) {
            em.flush();
            em.clear(); // references are looked up again after this
            newSessions.clear();
            monitor.recordsStored(records);
            if (monitor.isCancelled()) {
                throw new ImportCancelled();
            }
        }
    }

    /** One HitTrax session per player per file (a file may hold several batters). */
    private HitTraxSession hittraxSession(String playerId) {
        String key = playerId == null ? "" : playerId;
        HitTraxSession session = newSessions.get(key);
        if (session != null) {
            return session;
        }
        String sessionId = hittraxSessionByPlayer.get(key);
        if (sessionId != null) {
            return em.getReference(HitTraxSession.class, sessionId);
        }
        session = new HitTraxSession(playerId == null ? null : em.getReference(User.class, playerId),
                em.getReference(ImportSession.class, importSessionId), fileName);
        em.persist(session);
        hittraxSessionByPlayer.put(key, session.getId());
        newSessions.put(key, session);
        return session;
    }
}
