package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Rows as JDBC batches of one prepared INSERT: Derby has no bulk path an open transaction can use. */
final class BatchedRows implements RowSink {
    private final PreparedStatement insert;
    private final int[] types;
    private int held;
    private long heldBytes;

    BatchedRows(Connection connection, RowTable table) throws SQLException {
        this.insert = connection.prepareStatement(table.insert());
        this.types = table.types();
    }

    @Override
    public void add(Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            switch (value) {
                case null -> insert.setNull(index, types[i]);
                case String text -> {
                    insert.setString(index, text);
                    heldBytes += text.length();
                }
                case Integer number -> insert.setInt(index, number);
                case Long number -> insert.setLong(index, number);
                case Double number -> insert.setDouble(index, number);
                case Boolean flag -> insert.setBoolean(index, flag); // a SMALLINT in Derby
                case byte[] bytes -> {
                    insert.setBytes(index, bytes);
                    heldBytes += bytes.length;
                }
                default -> throw new IllegalArgumentException("no column type for " + value.getClass());
            }
        }
        insert.addBatch();
        held++;
    }

    @Override
    public int held() {
        return held;
    }

    @Override
    public int capacity() {
        return 1000;
    }

    @Override
    public boolean full() {
        return held >= capacity() || heldBytes >= FULL_BYTES;
    }

    @Override
    public void send() throws SQLException {
        if (held > 0) {
            insert.executeBatch();
            held = 0;
            heldBytes = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
