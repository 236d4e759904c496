package org.swinglink.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file whose records a completed import stored, known by the SHA-256 of its bytes: the same
 * export imported again (under any name) is recognised and not stored twice.
 */
@Entity
@Table(name = "imported_files", indexes = {
        @Index(name = "ix_imported_files_sha256", columnList = "sha256"),
        @Index(name = "ix_imported_files_import", columnList = "import_session_id") })
public class ImportedFile {
    @Id
    @Column(length = 36)
    private String id = UUID.randomUUID().toString();

    @ManyToOne(optional = false)
    @JoinColumn(name = "import_session_id", nullable = false)
    private ImportSession importSession;

    @Column(name = "file_name", nullable = false, length = 1024)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "source_type", nullable = false, length = 64)
    private String sourceType;

    @Column(nullable = false)
    private int records;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected ImportedFile() {
    }

    public ImportedFile(ImportSession importSession, String fileName, String sha256, String sourceType, int records) {
        this.importSession = importSession;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sourceType = sourceType;
        this.records = records;
    }

    public String getId() {
        return id;
    }

    public ImportSession getImportSession() {
        return importSession;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public String getSourceType() {
        return sourceType;
    }

    public int getRecords() {
        return records;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
