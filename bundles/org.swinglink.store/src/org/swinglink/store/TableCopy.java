package org.swinglink.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One table's rows from the source database into the target's table of the same name, in the
 * target's transaction, streamed through a {@link RowSink} (JDBC batches into Derby, COPY into
 * PostgreSQL); the source's checksum is taken as the rows pass, so the source is read once.
 */
final class TableCopy {
    /** How often a big table's progress is told. */
    private static final long PROGRESS_EVERY = 100_000;

    private TableCopy() {
    }

    /**
     * Copies every row of {@code from} into {@code into} (the same columns in the same order, with
     * the target's types) and returns the source's checksum of them.
     */
    static RowChecksum copy(Connection source, Connection target, RowTable from, RowTable into, HighestRowId ids,
            DatabaseCopy.Progress progress) throws SQLException {
        RowChecksum checksum = new RowChecksum();
        int[] idColumns = HighestRowId.idColumns(from);
        int[] types = into.types();
        try (RowSink sink = RowSink.on(target, into)) {
            TableRows.each(source, from, values -> {
                checksum.add(values);
                ids.see(idColumns, values);
                for (int i = 0; i < values.length; i++) {
                    values[i] = ColumnValues.forColumn(values[i], types[i]);
                }
                sink.add(values);
                if (sink.full()) {
                    sink.send();
                }
                if (checksum.rows() % PROGRESS_EVERY == 0) {
                    progress.copied(from.name(), checksum.rows(), false);
                }
            });
            sink.send();
        }
        progress.copied(from.name(), checksum.rows(), true);
        return checksum;
    }
}
