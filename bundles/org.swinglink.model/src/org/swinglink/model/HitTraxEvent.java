package org.swinglink.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * One pitch logged by HitTrax. Batted-ball fields are null when HitTrax tracked no ball
 * (a take or a miss: HitTrax writes Velo 0 for those).
 *
 * <p>The row as the file had it is not kept with the event: its file is kept once, compressed, and
 * the store reads the row back from its file and line on request ({@code OriginalFiles}).
 */
@Entity
@Table(name = "hittrax_events", indexes = {
        @Index(name = "ix_hittrax_events_session", columnList = "session_id"),
        @Index(name = "ix_hittrax_events_timestamp", columnList = "event_timestamp") })
public class HitTraxEvent {
    @Id
    @Column(length = 36)
    private String id; // made by the public constructor: a row read back keeps its own without a random draw

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private HitTraxSession session;

    /** The sensor swing paired with this event, if any (owned by {@link SensorSwing#getHittraxEvent()}). */
    @OneToOne(mappedBy = "hittraxEvent")
    private SensorSwing sensorSwing;

    @Column(name = "event_timestamp", nullable = false)
    private Instant eventTimestamp;

    /** Line of the source file the event was read from, for tracing a value back to its file. */
    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    @Column(name = "pitch_number")
    private Integer pitchNumber;

    @Column(name = "at_bat")
    private Integer atBat;

    @Column(name = "pitch_speed")
    private Double pitchSpeed;

    @Column(name = "pitch_type", length = 32)
    private String pitchType;

    @Column(name = "strike_zone")
    private Integer strikeZone;

    @Column(name = "exit_velocity")
    private Double exitVelocity;

    @Column(name = "launch_angle")
    private Double launchAngle;

    @Column(name = "distance")
    private Double distance;

    @Column(name = "horizontal_angle")
    private Double horizontalAngle;

    @Column(name = "result", length = 32)
    private String result;

    @Column(name = "hit_type", length = 16)
    private String hitType;

    @Column(name = "points")
    private Integer points;

    @Column(name = "spray_chart_x")
    private Double sprayChartX;

    @Column(name = "spray_chart_z")
    private Double sprayChartZ;


    protected HitTraxEvent() {
    }

    public HitTraxEvent(HitTraxSession session, Instant eventTimestamp, long sourceLine) {
        this(UUID.randomUUID().toString(), session, eventTimestamp, sourceLine);
    }

    private HitTraxEvent(String id, HitTraxSession session, Instant eventTimestamp, long sourceLine) {
        this.id = id;
        this.session = session;
        this.eventTimestamp = eventTimestamp;
        this.sourceLine = sourceLine;
    }

    /**
     * An event as a listing reads it from its row, without the entity manager: detached, keeping its
     * id. Everything else is set with the setters and {@link #setListedSwing(SensorSwing)}.
     */
    public static HitTraxEvent listed(String id, HitTraxSession session, Instant eventTimestamp, long sourceLine) {
        return new HitTraxEvent(id, session, eventTimestamp, sourceLine);
    }

    /**
     * The swing paired with a listed event, as the mapping fills it for a managed one. The pair is
     * owned by {@link SensorSwing#pairWith(HitTraxEvent, double, PairingMethod)}; this changes nothing stored.
     */
    public void setListedSwing(SensorSwing swing) {
        this.sensorSwing = swing;
    }

    public void setPitch(Integer pitchNumber, Integer atBat, Double pitchSpeed, String pitchType, Integer strikeZone) {
        this.pitchNumber = pitchNumber;
        this.atBat = atBat;
        this.pitchSpeed = pitchSpeed;
        this.pitchType = pitchType;
        this.strikeZone = strikeZone;
    }

    public void setBattedBall(Double exitVelocity, Double launchAngle, Double distance, Double horizontalAngle) {
        this.exitVelocity = exitVelocity;
        this.launchAngle = launchAngle;
        this.distance = distance;
        this.horizontalAngle = horizontalAngle;
    }

    public void setOutcome(String result, String hitType, Integer points, Double sprayChartX, Double sprayChartZ) {
        this.result = result;
        this.hitType = hitType;
        this.points = points;
        this.sprayChartX = sprayChartX;
        this.sprayChartZ = sprayChartZ;
    }

    public String getId() {
        return id;
    }

    public HitTraxSession getSession() {
        return session;
    }

    public SensorSwing getSensorSwing() {
        return sensorSwing;
    }

    public Instant getEventTimestamp() {
        return eventTimestamp;
    }

    public long getSourceLine() {
        return sourceLine;
    }

    public Integer getPitchNumber() {
        return pitchNumber;
    }

    public Integer getAtBat() {
        return atBat;
    }

    public Double getPitchSpeed() {
        return pitchSpeed;
    }

    public String getPitchType() {
        return pitchType;
    }

    public Integer getStrikeZone() {
        return strikeZone;
    }

    public Double getExitVelocity() {
        return exitVelocity;
    }

    public Double getLaunchAngle() {
        return launchAngle;
    }

    public Double getDistance() {
        return distance;
    }

    public Double getHorizontalAngle() {
        return horizontalAngle;
    }

    public String getResult() {
        return result;
    }

    public String getHitType() {
        return hitType;
    }

    public Integer getPoints() {
        return points;
    }

    public Double getSprayChartX() {
        return sprayChartX;
    }

    public Double getSprayChartZ() {
        return sprayChartZ;
    }
}
