package org.swinglink.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One import operation (per player or bulk), kept for traceability whether it completed or failed. */
@Entity
@Table(name = "import_sessions", indexes = {
        @Index(name = "ix_import_sessions_user", columnList = "user_id"),
        @Index(name = "ix_import_sessions_created", columnList = "created_at") })
public class ImportSession {
    @Id
    @Column(length = 36)
    private String id; // given by the constructors: a row read back keeps its own without a random draw

    /** The analyst who started the import. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Convert(converter = ImportTypeConverter.class)
    @Column(name = "import_type", nullable = false, length = 16)
    private ImportType importType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_session_source_types", joinColumns = @JoinColumn(name = "import_session_id"))
    @OrderColumn(name = "position")
    @Column(name = "source_type", length = 64)
    private List<String> sourceTypes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_session_files", joinColumns = @JoinColumn(name = "import_session_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_name", length = 1024)
    private List<String> fileNames = new ArrayList<>();

    @Column(name = "file_count", nullable = false)
    private int fileCount;

    @Column(name = "total_swings", nullable = false)
    private int totalSwings;

    @Column(name = "matched_swings", nullable = false)
    private int matchedSwings;

    @Column(name = "unmatched_swings", nullable = false)
    private int unmatchedSwings;

    @Column(name = "players_detected", nullable = false)
    private int playersDetected;

    /** Batted-ball events stored; the proposal counts only sensor swings, analysts want both. */
    @Column(name = "hittrax_events", nullable = false)
    private int hittraxEvents;

    /** Of those events, how many are paired with a sensor swing; null in a database older than this figure. */
    @Column(name = "paired_events")
    private Integer pairedEvents;

    @Convert(converter = ImportStatusConverter.class)
    @Column(nullable = false, length = 16)
    private ImportStatus status = ImportStatus.PROCESSING;

    @Lob
    @Column(name = "error_message")
    private String errorMessage;

    /** What a completed import could not take: unreadable rows, files already imported, swings without player. */
    @Lob
    @Column(name = "warnings")
    private String warnings;

    @OneToMany(mappedBy = "importSession")
    private List<HitTraxSession> hittraxSessions = new ArrayList<>();

    @OneToMany(mappedBy = "importSession")
    private List<SensorSwing> sensorSwings = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "completed_at")
    private Instant completedAt;

    /**
     * The zone the files' local times were read in, e.g. "America/Chicago", with any source read in
     * another ("America/Chicago; blast: UTC"): part of how this import's times were understood.
     */
    @Column(name = "time_zones", length = 512)
    private String timeZones;

    protected ImportSession() {
    }

    public ImportSession(User analyst, ImportType importType, List<String> fileNames) {
        this(UUID.randomUUID().toString(), analyst, importType, fileNames);
    }

    /** @param id the store's id for it (a number, as users type it) */
    public ImportSession(String id, User analyst, ImportType importType, List<String> fileNames) {
        this.id = id;
        this.user = analyst;
        this.importType = importType;
        this.fileNames.addAll(fileNames);
        this.fileCount = fileNames.size();
    }

    public void complete(ImportStatistics statistics, int pairedEvents, List<String> sourceTypes, String warnings) {
        this.pairedEvents = pairedEvents;
        this.warnings = warnings == null || warnings.isBlank() ? null : warnings;
        this.sourceTypes.clear();
        this.sourceTypes.addAll(sourceTypes);
        this.totalSwings = statistics.totalSwings();
        this.matchedSwings = statistics.matchedSwings();
        this.unmatchedSwings = statistics.unmatchedSwings();
        this.playersDetected = statistics.playersDetected();
        this.hittraxEvents = statistics.hittraxEvents();
        this.status = ImportStatus.COMPLETED;
        this.completedAt = Instant.now();
    }

    /**
     * Puts in the figures as the rows stand now: an analyst's edit (assignment, pairing, undo) or a
     * later import's pairing changes what an import's rows count for, never which rows it brought.
     */
    public void recount(ImportStatistics statistics, int pairedEvents) {
        this.totalSwings = statistics.totalSwings();
        this.matchedSwings = statistics.matchedSwings();
        this.unmatchedSwings = statistics.unmatchedSwings();
        this.playersDetected = statistics.playersDetected();
        this.hittraxEvents = statistics.hittraxEvents();
        this.pairedEvents = pairedEvents;
    }

    public void recordTimeZones(String timeZones) {
        this.timeZones = timeZones;
    }

    /** Null for imports made before SwingLink recorded it. */
    public String getTimeZones() {
        return timeZones;
    }

    /** Replaces the names given at the start (folders, ZIPs) with the files actually read from them. */
    public void recordFiles(List<String> names) {
        fileNames.clear();
        fileNames.addAll(names);
        fileCount = names.size();
    }

    public void fail(String reason) {
        this.status = ImportStatus.FAILED;
        this.errorMessage = reason;
        this.completedAt = Instant.now();
    }

    public String getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public ImportType getImportType() {
        return importType;
    }

    public List<String> getSourceTypes() {
        return sourceTypes;
    }

    public List<String> getFileNames() {
        return fileNames;
    }

    public int getFileCount() {
        return fileCount;
    }

    public ImportStatistics getStatistics() {
        return new ImportStatistics(totalSwings, matchedSwings, unmatchedSwings, playersDetected, hittraxEvents);
    }

    /** The import's HitTrax events now paired with a sensor swing (of any import). */
    public int getPairedEvents() {
        return pairedEvents == null ? 0 : pairedEvents;
    }

    /** Whether {@link #getPairedEvents()} was ever counted: a database older than it holds none until recounted. */
    public boolean isPairedEventsCounted() {
        return pairedEvents != null;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getWarnings() {
        return warnings;
    }

    public List<HitTraxSession> getHittraxSessions() {
        return hittraxSessions;
    }

    public List<SensorSwing> getSensorSwings() {
        return sensorSwings;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
