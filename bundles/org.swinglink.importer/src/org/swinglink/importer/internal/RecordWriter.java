package org.swinglink.importer.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * Persists the records of one file as they stream in. The persistence context is flushed and
 * cleared every {@link #BATCH_SIZE} records so memory stays flat however long the file is; the
 * surrounding transaction still makes the import all or nothing.
 */
final class RecordWriter implements RecordSink {
    static final int BATCH_SIZE = 1000;

    private final EntityManager entityManager;
    private final String fileName;
    private final String sourceId;
    private final String importSessionId;
    private final String playerId;
    private final String analyst;
    private String hittraxSessionId;
    private final List<RowProblem> problems = new ArrayList<>();
    private Instant firstEvent;
    private Instant lastEvent;
    private int records;

    RecordWriter(EntityManager entityManager, String fileName, String sourceId, String importSessionId,
            String playerId, String analyst) {
        this.entityManager = entityManager;
        this.fileName = fileName;
        this.sourceId = sourceId;
        this.importSessionId = importSessionId;
        this.playerId = playerId;
        this.analyst = analyst;
    }

    @Override
    public void battedBall(BattedBallRecord record) {
        HitTraxEvent event = new HitTraxEvent(hittraxSession(), record.timestamp(), record.line());
        event.setPitch(record.pitchNumber(), record.atBat(), record.pitchSpeed(), record.pitchType(), record.strikeZone());
        event.setBattedBall(record.exitVelocity(), record.launchAngle(), record.distance(), record.horizontalAngle());
        event.setOutcome(record.result(), record.hitType(), record.points(), record.sprayChartX(), record.sprayChartZ());
        event.setRawDataJson(RawJson.of(record.raw()));
        firstEvent = firstEvent == null || record.timestamp().isBefore(firstEvent) ? record.timestamp() : firstEvent;
        lastEvent = lastEvent == null || record.timestamp().isAfter(lastEvent) ? record.timestamp() : lastEvent;
        persist(event);
    }

    @Override
    public void sensorSwing(SensorSwingRecord record) {
        SensorSwing swing = new SensorSwing(importSession(), sourceId, record.timestamp(), record.line());
        swing.setSensorDeviceId(record.sensorDeviceId());
        swing.setMetrics(record.batSpeed(), record.attackAngle(), record.timeToContact(), record.peakHandSpeed());
        swing.setVendorMetrics(record.blastFactor(), record.powerOutput(), record.rotationMetric());
        swing.setRawDataJson(RawJson.of(record.raw()));
        swing.assignTo(player(), analyst);
        persist(swing);
    }

    @Override
    public void rowProblem(RowProblem problem) {
        problems.add(problem);
    }

    /** Writes what is still pending and gives the HitTrax session its time span. */
    void finish() {
        if (hittraxSessionId != null) {
            HitTraxSession session = entityManager.find(HitTraxSession.class, hittraxSessionId);
            session.cover(firstEvent);
            session.cover(lastEvent);
        }
        entityManager.flush();
        entityManager.clear();
    }

    int records() {
        return records;
    }

    List<RowProblem> problems() {
        return problems;
    }

    private void persist(Object entity) {
        entityManager.persist(entity);
        if (++records % BATCH_SIZE == 0) {
            entityManager.flush();
            entityManager.clear(); // references below are looked up again after this
        }
    }

    private HitTraxSession hittraxSession() {
        if (hittraxSessionId == null) {
            HitTraxSession session = new HitTraxSession(player(), importSession(), fileName);
            entityManager.persist(session);
            hittraxSessionId = session.getId();
            return session;
        }
        return entityManager.getReference(HitTraxSession.class, hittraxSessionId);
    }

    private ImportSession importSession() {
        return entityManager.getReference(ImportSession.class, importSessionId);
    }

    private User player() {
        return entityManager.getReference(User.class, playerId);
    }
}
