package org.swinglink.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.swinglink.model.ImportPlayer;
import org.swinglink.model.PlayerNames;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;

import jakarta.persistence.EntityManager;

/**
 * A player's rows inside the caller's transaction: finding the player, what they hold, and moving
 * it to another player (HitTrax sessions with their events, sensor swings).
 */
public final class PlayerRecords {
    /** Ids per IN list: Derby compiles a statement per distinct list length, so long lists go in chunks. */
    private static final int CHUNK = 500;

    private final EntityManager em;

    public PlayerRecords(EntityManager em) {
        this.em = em;
    }

    /** The player whose name has the same {@link PlayerNames#key} as {@code name}. */
    public Optional<User> named(String name) {
        return em.createQuery("SELECT u FROM User u WHERE u.role = :role AND u.nameKey = :key", User.class)
                .setParameter("role", UserRole.PLAYER).setParameter("key", PlayerNames.key(name))
                .getResultStream().findFirst();
    }

    /** Every player with what they hold, by name. */
    public List<PlayerHoldings> holdings() {
        return holdingsOf(null);
    }

    public PlayerHoldings holdings(String playerId) {
        return holdingsOf(playerId).stream().findFirst()
                .orElseThrow(() -> new StoreException("no player has the id " + playerId));
    }

    private List<PlayerHoldings> holdingsOf(String playerId) {
        String only = playerId == null ? "" : " AND %s = :player";
        Map<String, Object[]> sessions = byPlayer("SELECT h.user.id, COUNT(h) FROM HitTraxSession h WHERE h.user IS NOT NULL"
                + only.formatted("h.user.id") + " GROUP BY h.user.id", playerId);
        Map<String, Object[]> events = byPlayer("""
                SELECT h.user.id, COUNT(e), MIN(e.eventTimestamp), MAX(e.eventTimestamp) FROM HitTraxEvent e JOIN e.session h
                WHERE h.user IS NOT NULL""" + only.formatted("h.user.id") + " GROUP BY h.user.id", playerId);
        Map<String, Object[]> swings = byPlayer("""
                SELECT s.user.id, COUNT(s), MIN(s.sensorTimestamp), MAX(s.sensorTimestamp) FROM SensorSwing s
                WHERE s.user IS NOT NULL""" + only.formatted("s.user.id") + " GROUP BY s.user.id", playerId);
        Map<String, Object[]> paired = byPlayer("""
                SELECT s.user.id, COUNT(s) FROM SensorSwing s WHERE s.user IS NOT NULL AND s.hittraxEvent IS NOT NULL"""
                + only.formatted("s.user.id") + " GROUP BY s.user.id", playerId);
        Map<String, Object[]> records = byPlayer("SELECT p.player.id, COUNT(p) FROM ImportPlayer p WHERE p.player IS NOT NULL"
                + only.formatted("p.player.id") + " GROUP BY p.player.id", playerId);
        var players = em.createQuery("SELECT u FROM User u WHERE u.role = :role"
                + (playerId == null ? "" : " AND u.id = :player") + " ORDER BY u.name", User.class)
                .setParameter("role", UserRole.PLAYER);
        if (playerId != null) {
            players.setParameter("player", playerId);
        }
        List<PlayerHoldings> holdings = new ArrayList<>();
        for (User player : players.getResultList()) {
            String id = player.getId();
            Object[] e = events.get(id);
            Object[] s = swings.get(id);
            holdings.add(new PlayerHoldings(id, player.getName(), count(sessions.get(id)), count(e), count(s),
                    count(paired.get(id)), count(records.get(id)),
                    earliest(e == null ? null : (Instant) e[2], s == null ? null : (Instant) s[2]),
                    latest(e == null ? null : (Instant) e[3], s == null ? null : (Instant) s[3])));
        }
        return holdings;
    }

    private Map<String, Object[]> byPlayer(String jpql, String playerId) {
        var query = em.createQuery(jpql, Object[].class);
        if (playerId != null) {
            query.setParameter("player", playerId);
        }
        Map<String, Object[]> rows = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            rows.put((String) row[0], row);
        }
        return rows;
    }

    private static long count(Object[] row) {
        return row == null ? 0 : ((Number) row[1]).longValue();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The player's HitTrax sessions (their events come with them). */
    public List<String> hittraxSessionIds(String playerId) {
        return em.createQuery("SELECT h.id FROM HitTraxSession h WHERE h.user.id = :player", String.class)
                .setParameter("player", playerId).getResultList();
    }

    /** The records imports kept of what they brought the player and how they paired it, managed by this entity manager. */
    public List<ImportPlayer> importRecords(String playerId) {
        return em.createQuery("SELECT p FROM ImportPlayer p WHERE p.player.id = :player", ImportPlayer.class)
                .setParameter("player", playerId).getResultList();
    }

    /** How many sensor swings of one import the player holds paired. */
    public int pairedSwings(String playerId, String importId) {
        return em.createQuery("""
                SELECT COUNT(s) FROM SensorSwing s
                WHERE s.user.id = :player AND s.importSession.id = :import AND s.hittraxEvent IS NOT NULL""", Long.class)
                .setParameter("player", playerId).setParameter("import", importId).getSingleResult().intValue();
    }

    /** The player's sensor swings, managed by this entity manager; with {@code unpairedOnly} those without a pair. */
    public List<SensorSwing> swings(String playerId, boolean unpairedOnly) {
        return em.createQuery("SELECT s FROM SensorSwing s WHERE s.user.id = :player"
                + (unpairedOnly ? " AND s.hittraxEvent IS NULL" : ""), SensorSwing.class)
                .setParameter("player", playerId).getResultList();
    }

    /**
     * Gives the HitTrax sessions (with their events) and sensor swings (pairs kept) of {@code fromId}
     * to {@code toId}. Entities loaded before are stale afterwards; the context is cleared.
     */
    public void moveSessionsAndSwings(String fromId, String toId) {
        moveHitTraxSessions(hittraxSessionIds(fromId), toId);
        // By id, not "WHERE user = :from": Derby updating the very index it scans checks every row
        // against every row already updated (merging 3,123 swings took 30 s more than a rename).
        moveByIds("UPDATE SensorSwing s SET s.user = :to WHERE s.id IN :ids", em.createQuery(
                "SELECT s.id FROM SensorSwing s WHERE s.user.id = :player", String.class)
                .setParameter("player", fromId).getResultList(), toId);
    }

    /** Gives HitTrax sessions (with their events) to a player. */
    public void moveHitTraxSessions(Collection<String> sessionIds, String toId) {
        moveByIds("UPDATE HitTraxSession h SET h.user = :to WHERE h.id IN :ids", sessionIds, toId);
    }

    private void moveByIds(String jpql, Collection<String> ids, String toId) {
        em.flush();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            em.createQuery(jpql).setParameter("to", em.getReference(User.class, toId))
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK))).executeUpdate();
        }
        em.clear();
    }

    /** Removes a player; refused by the database's keys when anything still refers to them. */
    public void delete(String playerId) {
        em.flush();
        em.createQuery("DELETE FROM User u WHERE u.id = :id").setParameter("id", playerId).executeUpdate();
        em.clear();
    }
}
