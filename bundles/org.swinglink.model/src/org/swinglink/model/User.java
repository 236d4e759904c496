package org.swinglink.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A person SwingLink knows: an analyst who runs imports or a player whose swings are stored. */
@Entity
@Table(name = "users",
        uniqueConstraints = @UniqueConstraint(name = "uq_users_role_name_key", columnNames = { "role", "name_key" }),
        indexes = @Index(name = "ix_users_name_key", columnList = "name_key"))
public class User {
    @Id
    @Column(length = 36)
    private String id = UUID.randomUUID().toString();

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UserRole role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected User() {
    }

    public User(String name, UserRole role) {
        this.name = PlayerNames.clean(name);
        this.nameKey = PlayerNames.key(name);
        this.role = role;
    }

    /** A player put back as it was stored (same id), when a change that removed it is undone. */
    public static User restored(String id, String name, UserRole role, Instant createdAt) {
        User user = new User(name, role);
        user.id = id;
        user.createdAt = createdAt;
        return user;
    }

    /** Gives the person another name; the caller makes sure no one else of the role has its key. */
    public void rename(String newName) {
        this.name = PlayerNames.clean(newName);
        this.nameKey = PlayerNames.key(newName);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public UserRole getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return name + " (" + role.name().toLowerCase() + ")";
    }
}
