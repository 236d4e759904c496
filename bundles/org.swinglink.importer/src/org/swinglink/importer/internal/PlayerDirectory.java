package org.swinglink.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.swinglink.store.ImportLocks;
import org.swinglink.store.ImportLookups;
import org.swinglink.model.PlayerNames;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;

import jakarta.persistence.EntityManager;

/**
 * Turns the player names devices write into stored players. Spellings are reconciled: case,
 * accents, punctuation and "Last, First" never matter ({@link PlayerNames#key}), and an initial
 * matches a first name ("J. Doe" is Jane Doe) when exactly one known player fits. A name that
 * fits nobody creates a player.
 */
final class PlayerDirectory {
    private final EntityManager em;
    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, String> nameById = new HashMap<>();
    private final java.util.Set<String> created = new java.util.HashSet<>();

    PlayerDirectory(EntityManager em) {
        this.em = em;
        for (User player : ImportLookups.players(em)) {
            remember(player);
        }
    }

    /** The id of the player with that name, created when nobody fits it. */
    String resolve(String name) {
        String key = PlayerNames.key(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' is not a player name");
        }
        String id = idByKey.get(key);
        if (id == null) {
            id = byInitial(key);
        }
        if (id == null && ImportLocks.shared(em)) { // another computer may just have made them: wait, then look again
            ImportLocks.lockPlayerName(em, key);
            ImportLookups.players(em).forEach(this::remember);
            id = idByKey.get(key) != null ? idByKey.get(key) : byInitial(key);
        }
        if (id == null) {
            User player = new User(name, UserRole.PLAYER);
            em.persist(player);
            remember(player);
            id = player.getId();
            created.add(id);
        }
        idByKey.put(key, id);
        return id;
    }

    /** Whether {@link #resolve} created the player rather than finding them. */
    boolean created(String playerId) {
        return created.contains(playerId);
    }

    String nameOf(String playerId) {
        return nameById.get(playerId);
    }

    private String byInitial(String key) {
        List<String> candidates = new ArrayList<>();
        for (Map.Entry<String, String> known : idByKey.entrySet()) {
            if (sameLastNameCompatibleFirst(key, known.getKey()) && !candidates.contains(known.getValue())) {
                candidates.add(known.getValue());
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** "j doe" and "jane doe": same last name, one first name the other's initial. */
    static boolean sameLastNameCompatibleFirst(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length < 2 || y.length < 2 || !x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        String first = x[0];
        String other = y[0];
        return (first.length() == 1 || other.length() == 1) && first.charAt(0) == other.charAt(0);
    }

    private void remember(User player) {
        idByKey.put(player.getNameKey(), player.getId());
        nameById.put(player.getId(), player.getName());
    }
}
