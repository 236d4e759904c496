package org.swinglink.cli.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.swinglink.store.DatabaseCopy;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.NothingCopiedException;
import org.swinglink.store.ServerAddress;
import org.swinglink.store.Store;
import org.swinglink.store.StoreException;
import org.swinglink.store.TableComparison;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code swinglink copy --from SOURCE --to TARGET}: a whole database from a Derby folder onto a
 * PostgreSQL server or back, into an empty target; then each table's rows and checksum on both
 * sides, so that the user sees nothing was lost before leaving the source behind.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = { "Copies a whole SwingLink database into an empty one: a Derby folder onto a PostgreSQL server or back.",
                "Every row, id and original file goes over in one transaction; then each table's rows and checksum on both sides are printed.",
                "Exit code 0 only when every table is equal; 1 when the target holds data already, the copy failed (the target is then as it was)"
                        + " or a table differs." })
final class CopyCommand implements Callable<Integer> {
    @ParentCommand
    private SwingLinkCommand root;

    @Option(names = "--from", required = true, paramLabel = "DIR|URL",
            description = "The database to copy: a folder or postgresql://[user@]host[:port]/dbname. Its rows are only read (a database "
                    + "of an earlier SwingLink is first brought to this release's format, as opening it always does).")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DIR|URL",
            description = "Where to copy it: a new folder, or a server database without SwingLink data.")
    private String to;

    @Override
    public Integer call() {
        if (root.database != null) {
            root.err.println("copy takes its databases from --from and --to, not --db.");
            return ExitCodes.USAGE;
        }
        long started = System.nanoTime();
        try (Store source = openSource(); Store target = open(to)) {
            List<TableComparison> tables;
            CopyProgress progress = new CopyProgress();
            try (ProgressLine line = ProgressLine.open(root, progress::status)) {
                tables = new DatabaseCopy(source, target, line.drawn() ? progress : this::progress).run();
            }
            root.out.printf(Locale.ROOT, "Copied %s to %s in %.1f s.%n", ServerAddress.withoutPassword(from),
                    ServerAddress.withoutPassword(to), (System.nanoTime() - started) / 1e9);
            new CopyReport(tables).print(root.out);
            root.out.flush();
            return tables.stream().allMatch(TableComparison::equal) ? ExitCodes.OK : ExitCodes.IMPORT_FAILED;
        } catch (NothingCopiedException e) {
            root.err.println(e.getMessage());
            return ExitCodes.IMPORT_FAILED;
        }
    }

    /** The source is read, never made: a mistyped folder would otherwise be copied as an empty database. */
    private Store openSource() {
        if (!ServerAddress.isServerAddress(from) && !new DatabaseFolder(Path.of(from)).holdsDatabase()) {
            throw new StoreException("There is no SwingLink database in " + Path.of(from).toAbsolutePath() + " to copy.");
        }
        return open(from);
    }

    private Store open(String setting) {
        Store store = Store.open(setting);
        store.upgradeNotes().forEach(root.err::println);
        return store;
    }

    /** Off a terminal, a line for each 100,000 rows of a big table. */
    private void progress(String table, long rows, boolean finished) {
        if (rows >= 100_000 && !root.quiet) { // the small tables go over too fast to be worth a line
            root.err.printf(Locale.ROOT, "%s %s: %,d rows%n", finished ? "Copied" : "Copying", table, rows);
            root.err.flush();
        }
    }

    /** The copy's progress line: the table going over, rows copied in all, rows per second, time taken. */
    private static final class CopyProgress implements DatabaseCopy.Progress {
        private final long started = System.nanoTime();
        private volatile String table = "";
        private volatile long rowsOfCopiedTables;
        private volatile long rowsOfThisTable;
        private volatile int tablesCopied;

        @Override
        public void copied(String name, long rows, boolean finished) {
            if (finished) {
                rowsOfCopiedTables += rows;
                rowsOfThisTable = 0;
                tablesCopied++;
            } else {
                table = name;
                rowsOfThisTable = rows;
            }
        }

        String status() {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            long rows = rowsOfCopiedTables + rowsOfThisTable;
            return "copying " + (rowsOfThisTable > 0 ? table + "  " : "") + ProgressLine.count(tablesCopied) + " tables done  "
                    + ProgressLine.count(rows) + " rows" + ProgressLine.rate(rows, elapsed) + "  " + ProgressLine.duration(elapsed);
        }
    }
}
