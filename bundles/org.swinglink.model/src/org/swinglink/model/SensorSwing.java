package org.swinglink.model;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * One swing recorded by a bat sensor (Blast, Diamond Kinetics or a third-party sensor), in the
 * schema's units: speeds mph, angles degrees, time to contact ms, power W.
 *
 * <p>The row as the file had it is not kept with the swing: its file is kept once, compressed, and
 * the store reads the row back from its file and line on request ({@code OriginalFiles}).
 *
 * <p>The foreign keys to the player, the import and the event stay, though a season's load pays
 * for them (plain JDBC into these tables: 12,785 rows/s with them, 14,666 to 17,513 without; see
 * STORAGE.md): they are what keeps a pair, an assignment or an import's rows from pointing at
 * nothing after a merge, a delete or an interrupted import, and the load is not bound by them.
 *
 * <p>The swing's metrics are declared here once: a column below and its {@link SwingMetric}
 * constant. The row writers, listings, export, JSON and tables go through {@link SwingMetric}.
 */
@Entity
@Table(name = "sensor_swings", indexes = {
        @Index(name = "ix_sensor_swings_user", columnList = "user_id"),
        @Index(name = "ix_sensor_swings_timestamp", columnList = "sensor_timestamp"),
        @Index(name = "ix_sensor_swings_assigned", columnList = "assigned"),
        @Index(name = "ix_sensor_swings_sensor_type", columnList = "sensor_type"),
        @Index(name = "ix_sensor_swings_import", columnList = "import_session_id") })
public class SensorSwing {
    @Id
    @Column(length = 36)
    private String id; // made by the public constructor: a row read back keeps its own without a random draw

    @ManyToOne
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne
    @JoinColumn(name = "import_session_id")
    private ImportSession importSession;

    @Column(name = "sensor_type", nullable = false, length = 64)
    private String sensorType;

    @Column(name = "sensor_device_id", length = 128)
    private String sensorDeviceId;

    /** Null only for exports that record no time (legacy Blast); such swings are never paired. */
    @Column(name = "sensor_timestamp")
    private Instant sensorTimestamp;

    /** The file (as the user named it) and line the swing was read from. */
    @Column(name = "source_file", length = 1024)
    private String sourceFile;

    @Column(name = "source_line", nullable = false)
    private long sourceLine;

    /** The batted ball this swing produced; unique, so an event is paired with at most one swing. */
    @OneToOne
    @JoinColumn(name = "hittrax_event_id", unique = true)
    private HitTraxEvent hittraxEvent;

    /** HitTrax time minus the clock-corrected sensor time, in milliseconds. */
    @Column(name = "match_time_delta")
    private Double matchTimeDelta;

    /** How the pair was made; null when unpaired, and for pairs made before SwingLink recorded it. */
    @Convert(converter = PairingMethodConverter.class)
    @Column(name = "pairing_method", length = 16)
    private PairingMethod pairingMethod;

    @Column(name = "bat_speed")
    private Double batSpeed;

    @Column(name = "attack_angle")
    private Double attackAngle;

    @Column(name = "time_to_contact")
    private Double timeToContact;

    @Column(name = "peak_hand_speed")
    private Double peakHandSpeed;

    @Column(name = "blast_factor")
    private Double blastFactor;

    @Column(name = "power_output")
    private Double powerOutput;

    @Column(name = "rotation_metric")
    private Double rotationMetric;

    @Column(name = "on_plane_efficiency")
    private Double onPlaneEfficiency;

    @Column(nullable = false)
    private boolean assigned;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "assigned_by", length = 200)
    private String assignedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected SensorSwing() {
    }

    public SensorSwing(ImportSession importSession, String sensorType, Instant sensorTimestamp, long sourceLine) {
        this(UUID.randomUUID().toString(), importSession, sensorType, sensorTimestamp, sourceLine);
    }

    private SensorSwing(String id, ImportSession importSession, String sensorType, Instant sensorTimestamp, long sourceLine) {
        this.id = id;
        this.importSession = importSession;
        this.sensorType = sensorType;
        this.sensorTimestamp = sensorTimestamp;
        this.sourceLine = sourceLine;
    }

    /**
     * A swing as a listing reads it from its row, without the entity manager: detached, keeping its
     * id and creation time. Everything else is set with the setters.
     */
    public static SensorSwing listed(String id, Instant createdAt, ImportSession importSession, String sensorType,
            Instant sensorTimestamp, long sourceLine) {
        SensorSwing swing = new SensorSwing(id, importSession, sensorType, sensorTimestamp, sourceLine);
        swing.createdAt = createdAt;
        return swing;
    }

    /**
     * The sensor's measures of a swing, each with its column, its name in the parsers' records, in
     * the CSV export and in JSON, and how a table shows it. The order is the export's and the
     * tables'. A new metric is a constant here and its column above; the sources set it on their
     * records by {@link #key()}.
     */
    public enum SwingMetric {
        BAT_SPEED("bat_speed", "Bat speed", "bat_speed_mph", "batSpeedMph", "%.1f",
                s -> s.batSpeed, (s, v) -> s.batSpeed = v),
        ATTACK_ANGLE("attack_angle", "Attack angle", "attack_angle_deg", "attackAngleDeg", "%.1f",
                s -> s.attackAngle, (s, v) -> s.attackAngle = v),
        TIME_TO_CONTACT("time_to_contact", "Time to contact", "time_to_contact_ms", "timeToContactMs", "%.0f ms",
                s -> s.timeToContact, (s, v) -> s.timeToContact = v),
        PEAK_HAND_SPEED("peak_hand_speed", "Hand speed", "peak_hand_speed_mph", "peakHandSpeedMph", "%.1f",
                s -> s.peakHandSpeed, (s, v) -> s.peakHandSpeed = v),
        POWER_OUTPUT("power_output", "Power", "power_w", "powerW", "%.0f W",
                s -> s.powerOutput, (s, v) -> s.powerOutput = v),
        BLAST_FACTOR("blast_factor", "Blast Factor", "blast_factor", "blastFactor", null,
                s -> s.blastFactor, (s, v) -> s.blastFactor = v),
        ROTATION_METRIC("rotation_metric", "Rotation", "rotation_metric", "rotationMetric", null,
                s -> s.rotationMetric, (s, v) -> s.rotationMetric = v),
        /** Blast's share of the swing the bat spends on the pitch's plane, percent (0-100). */
        ON_PLANE_EFFICIENCY("on_plane_efficiency", "On plane", "on_plane_efficiency_pct", "onPlaneEfficiencyPct",
                "%.0f%%", s -> s.onPlaneEfficiency, (s, v) -> s.onPlaneEfficiency = v);

        private final String key;
        private final String label;
        private final String exportName;
        private final String jsonName;
        private final String tableFormat;
        private final Function<SensorSwing, Double> read;
        private final BiConsumer<SensorSwing, Double> write;

        SwingMetric(String key, String label, String exportName, String jsonName, String tableFormat,
                Function<SensorSwing, Double> read, BiConsumer<SensorSwing, Double> write) {
            this.key = key;
            this.label = label;
            this.exportName = exportName;
            this.jsonName = jsonName;
            this.tableFormat = tableFormat;
            this.read = read;
            this.write = write;
        }

        /** The column in {@code sensor_swings}, and the name a source gives the metric on its record. */
        public String key() {
            return key;
        }

        /** For people: a table's column heading. */
        public String label() {
            return label;
        }

        /** The CSV export's column, with its unit, e.g. {@code bat_speed_mph}. */
        public String exportName() {
            return exportName;
        }

        /** The metric's name in JSON, e.g. {@code batSpeedMph}. */
        public String jsonName() {
            return jsonName;
        }

        /** Whether a player's table shows it (the vendor-specific measures are in the export and JSON only). */
        public boolean shownInTables() {
            return tableFormat != null;
        }

        /** As a table shows it, e.g. "150 ms"; "" when null. */
        public String format(Double value) {
            return value == null ? "" : String.format(Locale.ROOT, tableFormat == null ? "%s" : tableFormat, value);
        }

        /** The swing's value, null when the sensor did not measure it. */
        public Double of(SensorSwing swing) {
            return read.apply(swing);
        }

        /** Sets the swing's value (a listing filling a swing from its row). */
        public void set(SensorSwing swing, Double value) {
            write.accept(swing, value);
        }
    }

    /** The metric's value, null when the sensor did not measure it. */
    public Double get(SwingMetric metric) {
        return metric.of(this);
    }

    public void setMetrics(Double batSpeed, Double attackAngle, Double timeToContact, Double peakHandSpeed) {
        this.batSpeed = batSpeed;
        this.attackAngle = attackAngle;
        this.timeToContact = timeToContact;
        this.peakHandSpeed = peakHandSpeed;
    }

    public void setVendorMetrics(Double blastFactor, Double powerOutput, Double rotationMetric) {
        this.blastFactor = blastFactor;
        this.powerOutput = powerOutput;
        this.rotationMetric = rotationMetric;
    }

    public void setSourceFile(String sourceFile) {
        this.sourceFile = sourceFile;
    }

    public void setSensorDeviceId(String sensorDeviceId) {
        this.sensorDeviceId = sensorDeviceId;
    }

    /** Gives the swing to a player; {@code by} names the analyst (or "import" for automatic detection). */
    public void assignTo(User player, String by) {
        this.user = player;
        this.assigned = player != null;
        this.assignedAt = player == null ? null : Instant.now();
        this.assignedBy = player == null ? null : by;
    }

    /** Puts back an assignment as it was recorded (undo of an analyst's change). */
    public void restoreAssignment(User player, boolean assigned, Instant assignedAt, String assignedBy) {
        this.user = player;
        this.assigned = assigned;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    public void pairWith(HitTraxEvent event, double timeDeltaMillis, PairingMethod method) {
        this.hittraxEvent = event;
        this.matchTimeDelta = timeDeltaMillis;
        this.pairingMethod = method;
    }

    public void unpair() {
        this.hittraxEvent = null;
        this.matchTimeDelta = null;
        this.pairingMethod = null;
    }

    public String getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public ImportSession getImportSession() {
        return importSession;
    }

    public String getSensorType() {
        return sensorType;
    }

    public String getSensorDeviceId() {
        return sensorDeviceId;
    }

    public Instant getSensorTimestamp() {
        return sensorTimestamp;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public long getSourceLine() {
        return sourceLine;
    }

    public HitTraxEvent getHittraxEvent() {
        return hittraxEvent;
    }

    public Double getMatchTimeDelta() {
        return matchTimeDelta;
    }

    /** How the swing was paired, null when it is not; pairs stored before this was recorded read as by time. */
    public PairingMethod getPairingMethod() {
        if (hittraxEvent == null) {
            return null;
        }
        return pairingMethod == null ? PairingMethod.TIME : pairingMethod;
    }

    public Double getBatSpeed() {
        return batSpeed;
    }

    public Double getAttackAngle() {
        return attackAngle;
    }

    public Double getTimeToContact() {
        return timeToContact;
    }

    public Double getPeakHandSpeed() {
        return peakHandSpeed;
    }

    public Double getBlastFactor() {
        return blastFactor;
    }

    public Double getPowerOutput() {
        return powerOutput;
    }

    public Double getRotationMetric() {
        return rotationMetric;
    }

    public boolean isAssigned() {
        return assigned;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
