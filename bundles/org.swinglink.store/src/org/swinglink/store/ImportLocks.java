package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.persistence.EntityManager;

/**
 * Keeps imports from several computers on one server from stepping on each other: an import holds,
 * until it commits, a lock on each file it stores (a file two computers import at once is stored
 * once; the other import waits, then finds it imported), on each player it pairs (the second
 * import pairs with the first one's rows instead of both pairing the same swing) and on each name
 * it makes a player of (one player, not two of one name). PostgreSQL's
 * transaction-scoped advisory locks, taken in one order so two imports cannot wait for each other.
 * Embedded Derby admits one program, whose imports Derby's own locks keep apart: nothing to do.
 */
public final class ImportLocks {
    private static final String LOCK_ALL = """
            SELECT pg_advisory_xact_lock(hashtext(key)) FROM unnest(?) AS keys (key) ORDER BY key""";

    private ImportLocks() {
    }

    /** Whether the database is a server that other computers may import into at the same time. */
    public static boolean shared(EntityManager em) {
        try {
            return Engine.of(em.unwrap(Connection.class)) == Engine.POSTGRESQL;
        } catch (SQLException e) {
            throw RowInserts.refused(e);
        }
    }

    /** Waits for, then holds to the end of the transaction, the files' locks; {@code sha256s} name the files. */
    public static void lockFiles(EntityManager em, Collection<String> sha256s) {
        lock(em, "swinglink file ", sha256s);
    }

    /** Waits for, then holds to the end of the transaction, the lock on making a player of that name ({@code key}: the name's spelling-free key). */
    public static void lockPlayerName(EntityManager em, String key) {
        lock(em, "swinglink player ", java.util.List.of(key));
    }

    /** Like {@link #lockPlayerName}, for making an analyst of that name. */
    public static void lockAnalystName(EntityManager em, String key) {
        lock(em, "swinglink analyst ", java.util.List.of(key));
    }

    /** Waits for, then holds to the end of the transaction, the players' pairing locks. */
    public static void lockPlayers(EntityManager em, Collection<String> playerIds) {
        lock(em, "swinglink pairing ", playerIds);
    }

    private static void lock(EntityManager em, String prefix, Collection<String> names) {
        if (names.isEmpty() || !shared(em)) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement lock = connection.prepareStatement(LOCK_ALL)) {
            lock.setArray(1, connection.createArrayOf("text", names.stream().map(name -> prefix + name).toArray()));
            lock.execute();
        } catch (SQLException e) {
            throw RowInserts.refused(e);
        }
    }
}
