package org.swinglink.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.swinglink.model.ImportStatus;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;

import jakarta.persistence.EntityManager;

/**
 * The look-ups imports, assignments and pair edits make inside their own transaction (hence the
 * entity manager they are given): the importer decides, the store knows how rows are found.
 */
public final class ImportLookups {
    private static final int CHUNK = 500;

    private ImportLookups() {
    }

    /** SHA-256 to the id of a completed import that stored those bytes; modifiable. */
    public static Map<String, String> completedImportsOf(EntityManager em, List<String> sha256s) {
        Map<String, String> importOf = new HashMap<>();
        List<String> distinct = sha256s.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Object[]> rows = em.createQuery("""
                    SELECT f.sha256, f.importSession.id FROM ImportedFile f
                    WHERE f.sha256 IN :hashes AND f.importSession.status = :completed""", Object[].class)
                    .setParameter("hashes", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
                    .setParameter("completed", ImportStatus.COMPLETED).getResultList();
            rows.forEach(row -> importOf.putIfAbsent((String) row[0], (String) row[1]));
        }
        return importOf;
    }

    /** The person of that role whose name reads as {@code nameKey} ({@code PlayerNames.key}). */
    public static Optional<User> user(EntityManager em, UserRole role, String nameKey) {
        return em.createQuery("SELECT u FROM User u WHERE u.role = :role AND u.nameKey = :key", User.class)
                .setParameter("role", role).setParameter("key", nameKey).getResultStream().findFirst();
    }

    public static List<User> players(EntityManager em) {
        return em.createQuery("SELECT u FROM User u WHERE u.role = :role", User.class)
                .setParameter("role", UserRole.PLAYER).getResultList();
    }

    /** The swings with these ids (at most a few hundred at once). */
    public static List<SensorSwing> swings(EntityManager em, List<String> ids) {
        return em.createQuery("SELECT s FROM SensorSwing s WHERE s.id IN :ids", SensorSwing.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The swing with this id, or up to {@code max} swings of an earlier release whose UUID starts with it ({@link IdLookup}). */
    public static List<SensorSwing> swingsById(EntityManager em, String idOrPrefix, int max) {
        return IdLookup.find(em, SensorSwing.class, idOrPrefix, max);
    }

    /** The players these swings (by full id) belong to now; unassigned ones add none. */
    public static List<String> ownersOfSwings(EntityManager em, List<String> swingIds) {
        return em.createQuery("SELECT DISTINCT s.user.id FROM SensorSwing s WHERE s.id IN :ids AND s.user IS NOT NULL",
                String.class).setParameter("ids", swingIds).getResultList();
    }

    /** How many of these swings are paired. */
    public static int pairedAmong(EntityManager em, List<String> swingIds) {
        return em.createQuery("SELECT COUNT(s) FROM SensorSwing s WHERE s.id IN :ids AND s.hittraxEvent IS NOT NULL",
                Long.class).setParameter("ids", swingIds).getSingleResult().intValue();
    }

    /** The ids of the swings paired with this event (one at most). */
    public static List<String> swingsPairedWith(EntityManager em, String eventId) {
        return em.createQuery("SELECT s.id FROM SensorSwing s WHERE s.hittraxEvent.id = :event", String.class)
                .setParameter("event", eventId).getResultList();
    }

    /** The clock offset the player's latest import used, if any. */
    public static Optional<Long> latestClockOffset(EntityManager em, String playerId) {
        return em.createQuery("""
                SELECT p.clockOffsetMillis FROM ImportPlayer p
                WHERE p.player.id = :player AND p.clockOffsetMillis IS NOT NULL ORDER BY p.importSession.createdAt DESC""",
                Long.class).setParameter("player", playerId).setMaxResults(1).getResultStream().findFirst();
    }
}
