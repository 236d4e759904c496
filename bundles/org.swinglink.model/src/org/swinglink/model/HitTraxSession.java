package org.swinglink.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** The batted-ball events of one player read from one HitTrax export. */
@Entity
@Table(name = "hittrax_sessions", indexes = {
        @Index(name = "ix_hittrax_sessions_user", columnList = "user_id"),
        @Index(name = "ix_hittrax_sessions_import", columnList = "import_session_id") })
public class HitTraxSession {
    @Id
    @Column(length = 36)
    private String id = UUID.randomUUID().toString();

    /** The player (batter); null until someone assigns the session. */
    @ManyToOne
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne
    @JoinColumn(name = "import_session_id")
    private ImportSession importSession;

    @Column(name = "source_file", length = 1024)
    private String sourceFile;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @OneToMany(mappedBy = "session")
    @OrderBy("eventTimestamp")
    private List<HitTraxEvent> events = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected HitTraxSession() {
    }

    public HitTraxSession(User player, ImportSession importSession, String sourceFile) {
        this.user = player;
        this.importSession = importSession;
        this.sourceFile = sourceFile;
    }

    /** Widens the session's time span to cover an event read from the file. */
    public void cover(Instant eventTimestamp) {
        if (startedAt == null || eventTimestamp.isBefore(startedAt)) {
            startedAt = eventTimestamp;
        }
        if (endedAt == null || eventTimestamp.isAfter(endedAt)) {
            endedAt = eventTimestamp;
        }
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

    public String getSourceFile() {
        return sourceFile;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public List<HitTraxEvent> getEvents() {
        return events;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
