package org.swinglink.importer;

import java.time.Instant;

import org.swinglink.model.User;

/** A player as stored, kept so that a change which removed them can put them back with the same id. */
public record PlayerRecord(String id, String name, Instant createdAt) {

    static PlayerRecord of(User player) {
        return new PlayerRecord(player.getId(), player.getName(), player.getCreatedAt());
    }
}
