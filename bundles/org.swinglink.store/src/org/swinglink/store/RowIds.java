package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Ids for the rows SwingLink writes: decimal numbers handed out in blocks of {@value #BLOCK} from a
 * Derby sequence, one sequence value per block. Rows then go in at one place of each primary-key
 * B-tree instead of at random pages: random UUIDs made an import into a database holding two seasons
 * take 31 % longer (README, "A season"). They are short too, and analysts type them ({@code assign 4711}).
 * Rows of earlier releases keep their UUIDs; ids are strings either way, so both live side by side.
 * A block an import took and did not use (or rolled back) is not handed out again: ids have gaps.
 */
public final class RowIds {
    static final int BLOCK = 1000;
    static final String SEQUENCE = "row_id_blocks";
    /** Part of the schema stamp: a database without the sequence gets it. */
    static final String DEFINITION = "CREATE SEQUENCE " + SEQUENCE + " AS BIGINT START WITH 1";

    private final Connection connection;
    private long next;
    private long end;

    RowIds(Connection connection) {
        this.connection = connection;
    }

    /** One id, on the entity manager's connection (it must be in a transaction). */
    public static String one(EntityManager em) {
        return new RowIds(em.unwrap(Connection.class)).next();
    }

    String next() {
        if (next == end) {
            next = nextBlock() * BLOCK;
            end = next + BLOCK;
        }
        return Long.toString(next++);
    }

    private long nextBlock() {
        try (PreparedStatement query = connection.prepareStatement(Engine.of(connection).nextValueOf(SEQUENCE));
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new PersistenceException("cannot take a block of row ids: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the sequence hand out only ids above {@code highestId}, in a database whose rows were
     * copied from another: the next import must not take a block the copied rows use.
     */
    static void continueAfter(Connection connection, long highestId) throws SQLException {
        long block = highestId / BLOCK + 1;
        Engine engine = Engine.of(connection);
        if (engine.nextOfSequence(connection, SEQUENCE) < block) {
            engine.restartSequence(connection, SEQUENCE, block, DEFINITION.replace("START WITH 1", "START WITH " + block));
        }
    }

    /** Creates the sequence in a database made before it existed. */
    static void createWhereMissing(Connection connection) throws SQLException {
        if (Engine.of(connection).has(connection, Engine.Kind.SEQUENCE, SEQUENCE)) {
            return;
        }
        try (Statement create = connection.createStatement()) {
            create.execute(DEFINITION);
        }
    }

    /** Orders ids by number (4711 before 10000), the UUIDs of earlier releases after them. */
    public static String sortKey(String id) {
        return id.indexOf('-') < 0 ? "%20s".formatted(id) : "~" + id;
    }

    /** An id as users type it: whole when numeric, else (a UUID of an earlier release) its first eight characters. */
    public static String shortened(String id) {
        if (id == null) {
            return "";
        }
        return id.indexOf('-') < 0 ? id : id.substring(0, Math.min(8, id.length()));
    }
}
