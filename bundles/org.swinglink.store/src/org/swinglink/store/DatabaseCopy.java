package org.swinglink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole SwingLink database copied into an empty one, between a Derby folder and a PostgreSQL
 * server either way: every table the source's catalog lists, parents first ({@link SchemaTables}),
 * every row and column with its id, the original files' bytes too, in one transaction on the
 * target, so that a failure leaves the target as it was. The target's id sequence then continues
 * after the copied ids, and its season sums are marked stale, to be summed again from the copied
 * rows at the first read. Afterwards each table is summed on both sides ({@link RowChecksum}).
 */
public record DatabaseCopy(Store source, Store target, Progress progress) {
    /** Told as a table's rows go over: every 100,000 rows of a big table, and when a table is done. */
    @FunctionalInterface
    public interface Progress {
        void copied(String table, long rows, boolean finished);
    }

    /**
     * Copies the source into the target, then compares them table by table.
     *
     * @throws NothingCopiedException when the target holds SwingLink data already, is the source, or
     *                                the copy failed; the target is then as it was
     */
    public List<TableComparison> run() {
        if (where(source).equals(where(target))) {
            throw new NothingCopiedException("Nothing copied: " + where(source) + " is both the source and the target.");
        }
        return compare(copyInOneTransaction());
    }

    /** The database a store is on, as the user named it. */
    static String where(Store store) {
        return store.server().map(Object::toString).orElseGet(() -> store.folder().root().toAbsolutePath().normalize().toString());
    }

    private Map<String, RowChecksum> copyInOneTransaction() {
        try {
            return target.inTransaction(em -> source.onConnection("Nothing copied to " + where(target),
                    from -> copyAll(from, em.unwrap(Connection.class))));
        } catch (NothingCopiedException e) {
            throw e;
        } catch (StoreException e) {
            throw new NothingCopiedException(e.getMessage(), e);
        } catch (RuntimeException e) { // the commit, or EclipseLink's own failures
            throw new NothingCopiedException("Nothing copied to " + where(target) + ": " + rootMessage(e), e);
        }
    }

    private Map<String, RowChecksum> copyAll(Connection from, Connection into) throws SQLException {
        Engine.of(from).readOneSnapshot(from);
        Map<RowTable, RowTable> tables = targetTables(SchemaTables.inParentOrder(from), into);
        refuseUnlessEmpty(tables.values(), into);
        HighestRowId ids = new HighestRowId();
        Map<String, RowChecksum> copied = new LinkedHashMap<>();
        for (Map.Entry<RowTable, RowTable> table : tables.entrySet()) {
            copied.put(table.getKey().name(), TableCopy.copy(from, into, table.getKey(), table.getValue(), ids, progress));
        }
        RowIds.continueAfter(into, ids.highest());
        SeasonSums.markEverything(into);
        return copied;
    }

    /** Each source table with the target's table of the same columns in the same order, with the target's types. */
    private Map<RowTable, RowTable> targetTables(List<RowTable> sourceTables, Connection into) throws SQLException {
        Map<RowTable, RowTable> tables = new LinkedHashMap<>();
        for (RowTable table : sourceTables) {
            RowTable shape = SchemaTables.shapeOf(into, table.name()).orElseThrow(() -> new NothingCopiedException(
                    "Nothing copied: " + where(target) + " has no table " + table.name() + "; copy between databases of the same "
                            + "SwingLink release."));
            int[] types = new int[table.columns().size()];
            for (int i = 0; i < types.length; i++) {
                int column = shape.columns().indexOf(table.columns().get(i));
                if (column < 0) {
                    throw new NothingCopiedException("Nothing copied: " + where(target) + " has no column " + table.name() + "."
                            + table.columns().get(i) + "; copy between databases of the same SwingLink release.");
                }
                types[i] = shape.types()[column];
            }
            tables.put(table, new RowTable(table.name(), table.columns(), types));
        }
        return tables;
    }

    /** Locks the target's tables for the copy's transaction, so that no import slips in after they were found empty. */
    private void refuseUnlessEmpty(Iterable<RowTable> tables, Connection into) throws SQLException {
        try (Statement lock = into.createStatement()) {
            for (RowTable table : tables) {
                lock.execute("LOCK TABLE " + table.name() + " IN EXCLUSIVE MODE");
                if (!TableRows.isEmpty(into, table.name())) {
                    throw new NothingCopiedException("Nothing copied: " + where(target) + " already holds SwingLink data (rows in "
                            + table.name() + "); copy into a new folder or an empty database.");
                }
            }
        }
    }

    private List<TableComparison> compare(Map<String, RowChecksum> copied) {
        return target.onConnection("Cannot read the copy in " + where(target), into -> {
            List<TableComparison> comparisons = new ArrayList<>();
            for (Map.Entry<String, RowChecksum> table : copied.entrySet()) {
                RowTable shape = SchemaTables.shapeOf(into, table.getKey()).orElseThrow();
                RowChecksum there = TableRows.checksum(into, shape);
                RowChecksum here = table.getValue();
                comparisons.add(new TableComparison(table.getKey(), here.rows(), there.rows(), here.hex(), there.hex()));
            }
            return comparisons;
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
