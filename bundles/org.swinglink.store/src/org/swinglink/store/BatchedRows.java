package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Rows as JDBC batches of one prepared INSERT: Derby has no bulk path an open transaction can use. */
final class BatchedRows extends HeldRows {
    private final PreparedStatement insert;
    private final int[] types;

    BatchedRows(Connection connection, RowTable table) throws SQLException {
        super(1000);
        this.insert = connection.prepareStatement(table.insert());
        this.types = table.types();
    }

    @Override
    public void add(Object[] values) throws SQLException {
        long bytes = 0;
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            int index = i + 1;
            switch (value) {
                case null -> insert.setNull(index, types[i]);
                case String text -> {
                    insert.setString(index, text);
                    bytes += text.length();
                }
                case Integer number -> insert.setInt(index, number);
                case Long number -> insert.setLong(index, number);
                case Double number -> insert.setDouble(index, number);
                case Boolean flag -> insert.setBoolean(index, flag); // a SMALLINT in Derby
                case byte[] binary -> {
                    insert.setBytes(index, binary);
                    bytes += binary.length;
                }
                default -> throw new IllegalArgumentException("no column type for " + value.getClass());
            }
        }
        insert.addBatch();
        rowHeld(bytes);
    }

    @Override
    public void send() throws SQLException {
        if (held() > 0) {
            insert.executeBatch();
            allSent();
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
