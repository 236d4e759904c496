package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.swinglink.model.ClockCourse;
import org.swinglink.model.ImportPlayer;
import org.swinglink.model.ImportSession;
import org.swinglink.model.ImportStatistics;
import org.swinglink.model.ImportStatus;
import org.swinglink.model.User;

import jakarta.persistence.EntityManager;

/**
 * Keeps an import's stored figures (its statistics and what each player got from it) true to its
 * rows. An import never gains or loses rows after it completes, but analysts give its swings to
 * players, pair and unpair them, undo that, and later imports pair with its rows: whoever changes
 * rows recounts the imports they belong to, in the same transaction.
 *
 * <p>The figures are stored rather than counted when read so that Import Sessions stays one small
 * query however many swings the database holds; a recount reads only the affected imports' rows,
 * through their indexes.
 *
 * <p>A typical edit: {@code ImportFigures.refresh(em, ImportFigures.importsOf(em, swingIds, eventIds))}.
 */
public final class ImportFigures {
    private static final int CHUNK = 500;

    /** Unassigned swings count for nobody, whatever player a hand-made pair left on them. */
    private static final String SWINGS = """
            SELECT user_id, COUNT(*), COUNT(hittrax_event_id), assigned
            FROM sensor_swings WHERE import_session_id = ? GROUP BY user_id, assigned""";
    private static final String EVENTS = """
            SELECT h.user_id, COUNT(*), COUNT(s.id)
            FROM hittrax_events e JOIN hittrax_sessions h ON e.session_id = h.id
              LEFT JOIN sensor_swings s ON s.hittrax_event_id = e.id
            WHERE h.import_session_id = ? GROUP BY h.user_id""";

    /** What one player (null: nobody yet) has from one import. */
    private static final class Share {
        int events;
        int pairedEvents;
        int swings;
        int matchedSwings;

        boolean isEmpty() {
            return events == 0 && swings == 0;
        }
    }

    private ImportFigures() {
    }

    /**
     * Recounts the figures of these imports from their rows, within the caller's transaction, and
     * keeps one {@link ImportPlayer} row per player who has events or swings from the import (made
     * for a player given swings later, removed when a player has nothing from it any more). Imports
     * that have not completed are left alone: their own run writes their figures.
     */
    public static void refresh(EntityManager em, Collection<String> importIds) {
        if (importIds.isEmpty()) {
            return;
        }
        em.flush(); // the counts are read from the rows, which must hold the caller's changes
        Connection connection = em.unwrap(Connection.class);
        for (String importId : new LinkedHashSet<>(importIds)) {
            ImportSession session = em.find(ImportSession.class, importId);
            if (session != null && session.getStatus() == ImportStatus.COMPLETED) {
                recount(em, session, shares(connection, importId));
            }
        }
        em.flush();
    }

    /** The imports that brought these swings and these HitTrax events (ids that name nothing are passed over). */
    public static Set<String> importsOf(EntityManager em, Collection<String> swingIds, Collection<String> eventIds) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        Set<String> imports = new LinkedHashSet<>();
        imports.addAll(distinct(connection, "SELECT DISTINCT import_session_id FROM sensor_swings WHERE id IN ", swingIds));
        imports.addAll(distinct(connection, """
                SELECT DISTINCT h.import_session_id FROM hittrax_events e JOIN hittrax_sessions h ON e.session_id = h.id
                WHERE e.id IN\s""", eventIds));
        imports.remove(null);
        return imports;
    }

    /**
     * The imports that brought these players anything, or that still count something for them: call
     * before and after moving a player's rows to another player (a merge), and refresh all of them.
     */
    public static Set<String> importsOfPlayers(EntityManager em, Collection<String> playerIds) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        Set<String> imports = new LinkedHashSet<>();
        imports.addAll(distinct(connection, "SELECT DISTINCT import_session_id FROM sensor_swings WHERE user_id IN ", playerIds));
        imports.addAll(distinct(connection, "SELECT DISTINCT import_session_id FROM hittrax_sessions WHERE user_id IN ",
                playerIds));
        imports.addAll(distinct(connection, "SELECT DISTINCT import_session_id FROM import_players WHERE user_id IN ",
                playerIds));
        imports.remove(null);
        return imports;
    }

    /**
     * Records the clock offset that paired swings an analyst gave to a player, on the player's rows
     * of these imports that have no offset of their own (an import's own estimate is kept).
     */
    public static void recordClockOffset(EntityManager em, Collection<String> importIds, String playerId, Long offsetMillis,
            boolean estimated, Double support, ClockCourse course, long toleranceMillis) {
        if (offsetMillis == null || importIds.isEmpty()) {
            return;
        }
        em.createQuery("SELECT p FROM ImportPlayer p WHERE p.importSession.id IN :imports AND p.player.id = :player",
                ImportPlayer.class).setParameter("imports", List.copyOf(importIds)).setParameter("player", playerId)
                .getResultList().forEach(row -> row.recordOffsetIfUnknown(offsetMillis, estimated, support, course,
                        toleranceMillis));
        em.flush();
    }

    /**
     * Recounts every completed import whose figures were stored before this class counted paired
     * events (a database made by an older SwingLink). Returns how many it recounted.
     */
    static int refreshUncounted(EntityManager em) {
        List<String> ids = em.createQuery("""
                SELECT i.id FROM ImportSession i WHERE i.status = :completed AND i.pairedEvents IS NULL""", String.class)
                .setParameter("completed", ImportStatus.COMPLETED).getResultList();
        refresh(em, ids);
        return ids.size();
    }

    private static void recount(EntityManager em, ImportSession session, Map<String, Share> shares) {
        int events = 0;
        int pairedEvents = 0;
        int swings = 0;
        int matched = 0;
        for (Share share : shares.values()) {
            events += share.events;
            pairedEvents += share.pairedEvents;
            swings += share.swings;
            matched += share.matchedSwings;
        }
        Map<String, Share> players = new LinkedHashMap<>(shares);
        players.remove(null);
        players.values().removeIf(Share::isEmpty);
        session.recount(new ImportStatistics(swings, matched, swings - matched, players.size(), events), pairedEvents);

        Map<String, ImportPlayer> rows = new HashMap<>();
        em.createQuery("SELECT p FROM ImportPlayer p WHERE p.importSession.id = :id", ImportPlayer.class)
                .setParameter("id", session.getId()).getResultList().forEach(row -> rows.put(row.getPlayer().getId(), row));
        for (Map.Entry<String, Share> player : players.entrySet()) {
            Share share = player.getValue();
            ImportPlayer row = rows.remove(player.getKey());
            if (row == null) {
                row = new ImportPlayer(session, em.getReference(User.class, player.getKey()), share.events, share.swings);
                em.persist(row);
            }
            row.recount(share.events, share.pairedEvents, share.swings, share.matchedSwings);
        }
        rows.values().forEach(em::remove); // players who have nothing from this import any more
    }

    /** Per player id (null for rows nobody has been given): events, paired events, swings, matched swings. */
    private static Map<String, Share> shares(Connection connection, String importId) {
        Map<String, Share> shares = new LinkedHashMap<>();
        try {
            for (Object[] row : counts(connection, SWINGS, importId)) {
                String player = (boolean) row[3] ? (String) row[0] : null;
                Share share = shares.computeIfAbsent(player, key -> new Share());
                share.swings += (int) row[1];
                share.matchedSwings += (int) row[2];
            }
            for (Object[] row : counts(connection, EVENTS, importId)) {
                Share share = shares.computeIfAbsent((String) row[0], key -> new Share());
                share.events += (int) row[1];
                share.pairedEvents += (int) row[2];
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count the rows of import " + importId + ": " + e.getMessage(), e);
        }
        return shares;
    }

    private static List<Object[]> counts(Connection connection, String sql, String importId) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, importId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    boolean assigned = row.getMetaData().getColumnCount() < 4 || row.getBoolean(4);
                    rows.add(new Object[] { row.getString(1), row.getInt(2), row.getInt(3), assigned });
                }
            }
        }
        return rows;
    }

    private static Set<String> distinct(Connection connection, String sqlBeforeList, Collection<String> ids) {
        Set<String> values = new LinkedHashSet<>();
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String sql = sqlBeforeList + "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(i + 1, chunk.get(i));
                }
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        values.add(row.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Cannot find the imports of " + all.size() + " rows: " + e.getMessage(), e);
            }
        }
        return values;
    }
}
