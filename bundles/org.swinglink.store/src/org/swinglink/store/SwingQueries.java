package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.HitTraxSession;
import org.swinglink.model.ImportPlayer;
import org.swinglink.model.ImportSession;
import org.swinglink.model.PlayerNames;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.User;
import org.swinglink.model.UserRole;

import jakarta.persistence.TypedQuery;

/** The schema proposal's query patterns, plus the look-ups the front ends share. Results are detached. */
public final class SwingQueries {
    private static final Gson GSON = new Gson();

    private static final int SESSION_PAGE = 200;

    private final Store store;

    SwingQueries(Store store) {
        this.store = store;
    }

    /** Sensor swings no player has been given yet, newest first, each with its import session. */
    public List<SensorSwing> unassignedSensorSwings() {
        return store.read(em -> new UnassignedSwingRows(em).read(null));
    }

    /**
     * Hands the unassigned swings (all, newest import first, when {@code importId} is null) to
     * {@code each} one at a time while they are read: the rows of {@link #unassignedSensorSwings()}
     * and {@link #unassignedSensorSwings(String)} in constant memory.
     *
     * @return how many there were
     */
    public <X extends Exception> long eachUnassignedSwing(String importId, RowConsumer<SensorSwing, X> each) throws X {
        return store.withEntityManager(em -> new UnassignedSwingRows(em).each(importId, each));
    }

    /** A player's HitTrax events that have a paired sensor swing, by time, each with its swing. */
    public List<HitTraxEvent> matchedSwingsForPlayer(String playerId) {
        return store.read(em -> listing(em.createQuery("""
                SELECT e FROM HitTraxEvent e JOIN FETCH e.sensorSwing
                WHERE e.session.user.id = :player ORDER BY e.eventTimestamp""", HitTraxEvent.class))
                .setParameter("player", playerId)
                .getResultList());
    }

    /**
     * All of a player's data as rows, by time: each pair once with both sides, each swing no event
     * was paired with (any sensor), each HitTrax event no swing was paired with; those the filter
     * lets through. {@code PlayerRowFilter.only(Pairing.PAIRED)} gives the pairs of
     * {@link #matchedSwingsForPlayer(String)}, and also a swing of theirs paired by hand with an
     * event of another batter's session (which that query, going by the event, leaves out).
     */
    public List<PlayerRow> playerRows(String playerId, PlayerRowFilter filter) {
        List<PlayerRow> rows = store.read(em -> new PlayerRows(em).read(playerId));
        return sorted(filter.apply(rows), PlayerRow.BY_TIME);
    }

    /** A player's visits to the cage, in time order, each with its counts. */
    public List<PlayerVisit> playerVisits(String playerId) {
        return PlayerVisit.of(playerRows(playerId, PlayerRowFilter.ALL));
    }

    /**
     * Hands a player's matched swings to {@code each} one at a time, by the HitTrax event's time,
     * while they are read: the pairs of {@link #matchedSwingsForPlayer(String)} in constant memory.
     *
     * @return how many there were
     */
    public <X extends Exception> long eachMatchedSwingOfPlayer(String playerId, RowConsumer<MatchedSwingRow, X> each) throws X {
        return store.onConnection("Cannot read the player's matched swings",
                connection -> new MatchedSwingRows(connection).ofPlayer(playerId, each));
    }

    /**
     * Hands the pairs where the HitTrax event or the sensor swing came from this import to
     * {@code each} one at a time, by the event's time, while they are read.
     *
     * @return how many there were
     */
    public <X extends Exception> long eachMatchedSwingOfImport(String importId, RowConsumer<MatchedSwingRow, X> each) throws X {
        return store.onConnection("Cannot read the import's matched swings",
                connection -> new MatchedSwingRows(connection).ofImport(importId, each));
    }

    /** Unassigned swings of one import, by time. */
    public List<SensorSwing> unassignedSensorSwings(String importId) {
        return store.read(em -> new UnassignedSwingRows(em).read(importId));
    }

    /** What each player got from one import, with the clock offset used to pair their swings. */
    public List<ImportPlayer> importPlayers(String importId) {
        return store.read(em -> em.createQuery(
                "SELECT p FROM ImportPlayer p WHERE p.importSession.id = :id ORDER BY p.player.name", ImportPlayer.class)
                .setParameter("id", importId)
                .getResultList());
    }

    /** Where one import's pairs came from, per player id ({@link PairOrigins#NOBODY} for unassigned swings). */
    public Map<String, List<PairOrigin>> pairOrigins(String importId) {
        return store.read(em -> PairOrigins.of(em, importId));
    }

    /** An import by id, or an unambiguous prefix of an earlier release's UUID ({@link IdLookup}). */
    public Optional<ImportSession> findImportSession(String idOrPrefix) {
        List<ImportSession> found = store.read(em -> IdLookup.find(em, ImportSession.class, idOrPrefix, 2));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** One import with everything it created; empty when no import has that id. */
    public Optional<ImportSessionSummary> importSessionSummary(String importId) {
        return store.read(em -> {
            ImportSession session = em.find(ImportSession.class, importId);
            if (session == null) {
                return Optional.empty();
            }
            User analyst = session.getUser();
            List<HitTraxSession> hittraxSessions = em.createQuery(
                    "SELECT h FROM HitTraxSession h WHERE h.importSession.id = :id ORDER BY h.startedAt",
                    HitTraxSession.class).setParameter("id", importId).getResultList();
            List<HitTraxEvent> events = em.createQuery("""
                    SELECT e FROM HitTraxEvent e LEFT JOIN FETCH e.sensorSwing
                    WHERE e.session.importSession.id = :id ORDER BY e.eventTimestamp""", HitTraxEvent.class)
                    .setParameter("id", importId).getResultList();
            List<SensorSwing> swings = em.createQuery(
                    "SELECT s FROM SensorSwing s WHERE s.importSession.id = :id ORDER BY s.sensorTimestamp",
                    SensorSwing.class).setParameter("id", importId).getResultList();
            return Optional.of(new ImportSessionSummary(session, analyst.getName(), analyst.getEmail(),
                    hittraxSessions, events, swings));
        });
    }

    /** Every import, newest first. */
    public List<ImportSession> importSessions() {
        List<ImportSession> sessions = new ArrayList<>();
        eachImportSession(sessions::add);
        return sessions;
    }

    /**
     * Hands the imports, newest first, to {@code each} a page at a time: years of daily imports, each
     * with its file names, need not be in the heap at once.
     *
     * @return how many there were
     */
    public <X extends Exception> long eachImportSession(RowConsumer<ImportSession, X> each) throws X {
        return store.withEntityManager(em -> {
            long count = 0;
            for (int first = 0;; first += SESSION_PAGE) {
                List<ImportSession> page = em.createQuery("SELECT i FROM ImportSession i ORDER BY i.createdAt DESC, i.id",
                        ImportSession.class).setFirstResult(first).setMaxResults(SESSION_PAGE).getResultList();
                for (ImportSession session : page) {
                    each.accept(session);
                    count++;
                }
                em.clear();
                if (page.size() < SESSION_PAGE) {
                    return count;
                }
            }
        });
    }

    /** A user by role and name, compared the way {@link PlayerNames#key(String)} does. */
    public Optional<User> findUser(UserRole role, String name) {
        return store.read(em -> em.createQuery(
                "SELECT u FROM User u WHERE u.role = :role AND u.nameKey = :key", User.class)
                .setParameter("role", role)
                .setParameter("key", PlayerNames.key(name))
                .getResultStream().findFirst());
    }

    /** Every player, by name. */
    public List<User> players() {
        return store.read(em -> em.createQuery("SELECT u FROM User u WHERE u.role = :role ORDER BY u.name", User.class)
                .setParameter("role", UserRole.PLAYER).getResultList());
    }

    /** Every player with what they hold (HitTrax events, sensor swings, pairs, first and last activity), by name. */
    public List<PlayerHoldings> playerHoldings() {
        return store.read(em -> new PlayerRecords(em).holdings());
    }

    /** HitTrax events between two instants (any player), by time, each with its session and paired swing. */
    public List<HitTraxEvent> eventsBetween(java.time.Instant from, java.time.Instant to) {
        return store.read(em -> em.createQuery("""
                SELECT e FROM HitTraxEvent e LEFT JOIN FETCH e.sensorSwing
                WHERE e.eventTimestamp BETWEEN :from AND :to ORDER BY e.eventTimestamp""", HitTraxEvent.class)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    /** Sensor swings between two instants (sensor clock, any player), by time. */
    public List<SensorSwing> swingsBetween(java.time.Instant from, java.time.Instant to) {
        return store.read(em -> em.createQuery("""
                SELECT s FROM SensorSwing s WHERE s.sensorTimestamp BETWEEN :from AND :to ORDER BY s.sensorTimestamp""",
                SensorSwing.class).setParameter("from", from).setParameter("to", to).getResultList());
    }

    /** The clock offset most recently used to pair a player's swings, if any import found one. */
    public Optional<Long> latestClockOffset(String playerId) {
        return store.read(em -> em.createQuery("""
                SELECT p.clockOffsetMillis FROM ImportPlayer p
                WHERE p.player.id = :player AND p.clockOffsetMillis IS NOT NULL ORDER BY p.importSession.createdAt DESC""",
                Long.class).setParameter("player", playerId).setMaxResults(1).getResultStream().findFirst());
    }

    /** The player's import records that hold a clock offset, newest import first. */
    public List<ImportPlayer> clockRecords(String playerId) {
        return store.read(em -> em.createQuery("""
                SELECT p FROM ImportPlayer p
                WHERE p.player.id = :player AND p.clockOffsetMillis IS NOT NULL ORDER BY p.importSession.createdAt DESC""",
                ImportPlayer.class).setParameter("player", playerId).getResultList());
    }

    public long countHitTraxEvents() {
        return store.read(em -> em.createQuery("SELECT COUNT(e) FROM HitTraxEvent e", Long.class).getSingleResult());
    }

    public long countSensorSwings() {
        return store.read(em -> em.createQuery("SELECT COUNT(s) FROM SensorSwing s", Long.class).getSingleResult());
    }

    /**
     * The swing or HitTrax event with this id (or an unambiguous prefix of an earlier release's UUID,
     * {@link IdLookup}) and the row it is paired with; empty when none or several match.
     */
    public Optional<StoredPair> findPair(String idOrPrefix) {
        List<SensorSwing> swings = store.read(em -> IdLookup.find(em, SensorSwing.class, idOrPrefix, 2));
        List<HitTraxEvent> events = store.read(em -> IdLookup.find(em, HitTraxEvent.class, idOrPrefix, 2));
        if (swings.size() + events.size() != 1) {
            return Optional.empty();
        }
        SensorSwing swing = swings.isEmpty() ? events.get(0).getSensorSwing() : swings.get(0);
        HitTraxEvent event = events.isEmpty() ? swings.get(0).getHittraxEvent() : events.get(0);
        return Optional.of(new StoredPair(swing, event,
                swing == null ? Map.of() : rawColumns("sensor_swings", swing.getId()).orElse(Map.of()),
                event == null ? Map.of() : rawColumns("hittrax_events", event.getId()).orElse(Map.of())));
    }

    /** The row a HitTrax event was read from, as a JSON object of its columns. */
    public Optional<String> rawDataOfEvent(String eventId) {
        return rawColumns("hittrax_events", eventId).map(GSON::toJson);
    }

    /** The row a sensor swing was read from, as a JSON object of its columns. */
    public Optional<String> rawDataOfSwing(String swingId) {
        return rawColumns("sensor_swings", swingId).map(GSON::toJson);
    }

    private Optional<Map<String, String>> rawColumns(String table, String id) {
        String where = table.equals("hittrax_events") ? """
                SELECT h.import_session_id, h.source_file, e.source_line FROM hittrax_events e
                JOIN hittrax_sessions h ON e.session_id = h.id WHERE e.id = ?""" : """
                SELECT import_session_id, source_file, source_line FROM sensor_swings WHERE id = ?""";
        return store.read(em -> {
            em.getTransaction().begin();
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement query = connection.prepareStatement(where)) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Map<String, String>>empty();
                    }
                    return OriginalFiles.rawRow(connection, row.getString(1), row.getString(2), row.getLong(3),
                            store.folder().workDirectory());
                }
            } catch (SQLException | java.io.IOException e) {
                throw new StoreException("Cannot read the original row of " + id + ": " + e.getMessage(), e);
            } finally {
                Rollback.quietly(em.getTransaction());
            }
        });
    }

    /** The bytes of a file an import read, as they were imported; empty for a file it skipped or never read. */
    public Optional<byte[]> originalFile(String importId, String fileName) {
        return store.read(em -> {
            em.getTransaction().begin();
            try {
                return OriginalFiles.bytes(em.unwrap(Connection.class), importId, fileName);
            } catch (SQLException | java.io.IOException e) {
                throw new StoreException("Cannot read the kept copy of " + fileName + ": " + e.getMessage(), e);
            } finally {
                Rollback.quietly(em.getTransaction());
            }
        });
    }

    /**
     * Listings are read once and shown: built read-only, EclipseLink neither registers nor copies
     * each row's object for change tracking.
     */
    private static <T> TypedQuery<T> listing(TypedQuery<T> query) {
        return query.setHint(QueryHints.READ_ONLY, HintValues.TRUE).setHint(QueryHints.RESULT_SET_ACCESS, HintValues.TRUE);
    }

    /** Sorted here rather than by Derby, whose sort of 100,000 wide rows spills to temporary files. */
    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        List<T> copy = new ArrayList<>(rows);
        copy.sort(order);
        return copy;
    }
}
