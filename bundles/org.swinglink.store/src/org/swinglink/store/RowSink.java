package org.swinglink.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where {@link RowInserts} sends a table's rows: JDBC batches on Derby, {@code COPY} on PostgreSQL.
 * Rows are held until {@link #send()}, so the statements the import makes between them (players,
 * sessions, id blocks) can use the same connection.
 */
interface RowSink extends AutoCloseable {
    int FULL_BYTES = 16 << 20;

    /** Holds one row; values in the table's column order: String, Integer, Long, Double, Boolean, byte[] or null. */
    void add(Object[] values) throws SQLException;

    /** Rows held and not sent yet. */
    int held();

    /**
     * Whether the held rows are worth sending now: as many as the sink's capacity, or large values
     * (original files) of {@value #FULL_BYTES} bytes together, which a thousand rows of would not fit the heap.
     */
    boolean full();

    /** Writes the held rows to the table. */
    void send() throws SQLException;

    @Override
    void close() throws SQLException;

    static RowSink on(Connection connection, RowTable table) throws SQLException {
        return Engine.of(connection) == Engine.POSTGRESQL ? new CopyRows(connection, table) : new BatchedRows(connection, table);
    }
}
