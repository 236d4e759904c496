package org.swinglink.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.swinglink.source.api.ReadOptions;

/**
 * A per-player import: every file belongs to one player.
 *
 * @param playerName the player; created when SwingLink does not know the name yet
 * @param files      HitTrax and sensor exports
 * @param options    how to read them (time zone of local timestamps)
 * @param analyst    who runs the import, recorded on the import session
 */
public record ImportRequest(String playerName, List<Path> files, ReadOptions options, String analyst) {

    public ImportRequest {
        Objects.requireNonNull(playerName, "playerName");
        files = List.copyOf(files);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(analyst, "analyst");
        if (playerName.isBlank()) {
            throw new IllegalArgumentException("A per-player import needs a player name.");
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("An import needs at least one file.");
        }
    }
}
