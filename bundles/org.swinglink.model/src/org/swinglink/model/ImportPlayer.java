package org.swinglink.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What one import brought for one player, and how that player's swings were paired: the clock
 * offset used (HitTrax clock minus sensor clock), whether it was estimated from the data, and how
 * many swings agreed with it.
 */
@Entity
@Table(name = "import_players", indexes = @Index(name = "ix_import_players_import", columnList = "import_session_id"))
public class ImportPlayer {
    @Id
    @Column(length = 36)
    private String id = UUID.randomUUID().toString();

    @ManyToOne(optional = false)
    @JoinColumn(name = "import_session_id", nullable = false)
    private ImportSession importSession;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User player;

    @Column(name = "hittrax_events", nullable = false)
    private int hittraxEvents;

    @Column(name = "sensor_swings", nullable = false)
    private int sensorSwings;

    @Column(name = "matched_swings", nullable = false)
    private int matchedSwings;

    /** Of the events, how many are paired with a sensor swing; null in a database older than this figure. */
    @Column(name = "paired_events")
    private Integer pairedEvents;

    /** Null when there was nothing to pair (no events or no swings in reach). */
    @Column(name = "clock_offset_ms")
    private Long clockOffsetMillis;

    @Column(name = "offset_estimated", nullable = false)
    private boolean offsetEstimated;

    /** Share of the candidate swings that agreed with the offset, 0..1. */
    @Column(name = "offset_support")
    private Double offsetSupport;

    @Column(name = "tolerance_ms", nullable = false)
    private long toleranceMillis;

    /** How the clock drifted and stepped from the offset over its visit; null when not estimated. */
    @Embedded
    private ClockCourse clockCourse;

    protected ImportPlayer() {
    }

    public ImportPlayer(ImportSession importSession, User player, int hittraxEvents, int sensorSwings) {
        this.importSession = importSession;
        this.player = player;
        this.hittraxEvents = hittraxEvents;
        this.sensorSwings = sensorSwings;
    }

    public void recordPairing(int matchedSwings, Long clockOffsetMillis, boolean offsetEstimated, Double offsetSupport,
            long toleranceMillis) {
        this.matchedSwings = matchedSwings;
        this.clockOffsetMillis = clockOffsetMillis;
        this.offsetEstimated = offsetEstimated;
        this.offsetSupport = offsetSupport;
        this.toleranceMillis = toleranceMillis;
    }

    /** How the sensor clock ran over the visit the offset was measured in; null keeps it constant. */
    public void recordClockCourse(ClockCourse course) {
        this.clockCourse = course;
    }

    /** The counts as the rows stand now, after analysts' edits and later imports' pairing. */
    public void recount(int hittraxEvents, int pairedEvents, int sensorSwings, int matchedSwings) {
        this.hittraxEvents = hittraxEvents;
        this.pairedEvents = pairedEvents;
        this.sensorSwings = sensorSwings;
        this.matchedSwings = matchedSwings;
    }

    /** Records the offset that paired swings given to the player later, unless the import found one. */
    public void recordOffsetIfUnknown(Long clockOffsetMillis, boolean offsetEstimated, Double offsetSupport,
            ClockCourse course, long toleranceMillis) {
        if (this.clockOffsetMillis == null && clockOffsetMillis != null) {
            recordPairing(matchedSwings, clockOffsetMillis, offsetEstimated, offsetSupport, toleranceMillis);
            this.clockCourse = ClockCourse.copyOf(course);
        }
    }

    /** A record put back as it was stored (same id), when a change that removed or altered it is undone. */
    public static ImportPlayer restored(String id, ImportSession importSession, User player, int hittraxEvents,
            int sensorSwings, int matchedSwings, Long clockOffsetMillis, boolean offsetEstimated, Double offsetSupport,
            long toleranceMillis, ClockCourse clockCourse) {
        ImportPlayer record = new ImportPlayer(importSession, player, hittraxEvents, sensorSwings);
        record.id = id;
        record.recordPairing(matchedSwings, clockOffsetMillis, offsetEstimated, offsetSupport, toleranceMillis);
        record.clockCourse = clockCourse;
        return record;
    }

    /** Gives the record to another player (merged with the one it named, who had no record of this import). */
    public void giveTo(User newPlayer) {
        this.player = newPlayer;
    }

    /**
     * Adds what another record of the same import counted, for a player merged into this one; its
     * clock offset is taken when this record had none.
     */
    public void absorb(ImportPlayer other) {
        hittraxEvents += other.hittraxEvents;
        pairedEvents += other.pairedEvents;
        sensorSwings += other.sensorSwings;
        matchedSwings += other.matchedSwings;
        if (clockOffsetMillis == null) {
            recordPairing(matchedSwings, other.clockOffsetMillis, other.offsetEstimated, other.offsetSupport,
                    other.toleranceMillis);
            clockCourse = ClockCourse.copyOf(other.clockCourse); // an embedded value belongs to one record
        }
    }

    /** How many of the import's swings of this player are paired now (after a merge paired more). */
    public void recountMatched(int matchedSwings) {
        this.matchedSwings = matchedSwings;
    }

    public String getId() {
        return id;
    }

    public ImportSession getImportSession() {
        return importSession;
    }

    public User getPlayer() {
        return player;
    }

    public int getHittraxEvents() {
        return hittraxEvents;
    }

    public int getSensorSwings() {
        return sensorSwings;
    }

    public int getMatchedSwings() {
        return matchedSwings;
    }

    public int getPairedEvents() {
        return pairedEvents == null ? 0 : pairedEvents;
    }

    public Long getClockOffsetMillis() {
        return clockOffsetMillis;
    }

    public boolean isOffsetEstimated() {
        return offsetEstimated;
    }

    public Double getOffsetSupport() {
        return offsetSupport;
    }

    public long getToleranceMillis() {
        return toleranceMillis;
    }

    /** Null when the offset was given, not estimated, or estimated by a release before drift was. */
    public ClockCourse getClockCourse() {
        return clockCourse == null || clockCourse.from() == null ? null : clockCourse;
    }

    /** HitTrax clock minus sensor clock at a sensor time of this import: the course where it covers the time, else the offset. */
    public Long clockOffsetAt(Instant sensorTime) {
        ClockCourse course = getClockCourse();
        if (clockOffsetMillis == null || course == null || !course.covers(sensorTime)) {
            return clockOffsetMillis;
        }
        return course.offsetAt(sensorTime, clockOffsetMillis);
    }
}
