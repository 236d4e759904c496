package org.swinglink.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import org.swinglink.source.api.ReadOptions;
import org.swinglink.store.DatabaseFolder;
import org.swinglink.store.ServerAddress;
import org.swinglink.store.Store;
import org.swinglink.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** {@code swinglink}: the top-level command with the options every subcommand shares. */
@Command(name = "swinglink", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Imports HitTrax and bat-sensor exports into the SwingLink database and reports on them.",
        subcommands = { ImportCommand.class, SessionsCommand.class, SourcesCommand.class, UnassignedCommand.class, AssignCommand.class,
                PlayersCommand.class, ExportCommand.class, ShowCommand.class, ReportCommand.class, LeaderboardCommand.class,
                CopyCommand.class, WatchCommand.class,
                CommandLine.HelpCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:success", "1:an import failed (its import session says why), an assignment or a change to players was refused,"
                + " or a copy was refused, failed or found a table different",
                "2:wrong command line",
                "3:the database cannot be opened", "70:a defect in SwingLink" })
final class SwingLinkCommand {
    @Option(names = "--db", paramLabel = "DIR|URL", scope = ScopeType.INHERIT,
            description = "SwingLink's database: a folder (embedded Derby; default ~/.swinglink on Linux, "
                    + "~/Library/Application Support/SwingLink on macOS, %%APPDATA%%\\SwingLink on Windows) or a shared "
                    + "PostgreSQL server, postgresql://[user@]host[:port]/dbname[?sslmode=...]; its password from PGPASSWORD "
                    + "or ~/.pgpass (%%APPDATA%%\\postgresql\\pgpass.conf on Windows).")
    String database;

    @Option(names = "--zone", paramLabel = "ZONE", scope = ScopeType.INHERIT, converter = ZoneConverter.class,
            description = "Time zone of the local timestamps in the files, e.g. America/Chicago. Default: this computer's.")
    ZoneId zone;

    @Option(names = "--quiet", scope = ScopeType.INHERIT,
            description = "No progress line on the terminal (import, export, assign, copy; files and pipes never get one),"
                    + " nor copy's line per 100,000 rows.")
    boolean quiet;

    final OsgiServices services;
    final PrintWriter out;
    final PrintWriter err;

    private SwingLinkCommand(OsgiServices services, PrintWriter out, PrintWriter err) {
        this.services = services;
        this.out = out;
        this.err = err;
    }

    static int run(OsgiServices services, PrintWriter out, PrintWriter err, String... arguments) {
        OutOfMemory.holdReserve();
        SwingLinkCommand root = new SwingLinkCommand(services, out, err);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ShellCommands.addTo(commandLine);
        // Threads of Derby and the framework that fail leave their stack traces in the log, not on the terminal.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            try {
                if (e instanceof OutOfMemoryError || OutOfMemory.in(e).isPresent()) {
                    OutOfMemory.releaseReserve();
                }
                root.defectLog().write("Failure in thread " + thread.getName(), e, arguments);
            } catch (Throwable handlerFailed) { // else the JVM prints its own lines about a failing handler on the terminal
            }
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            Optional<OutOfMemoryError> outOfMemory = OutOfMemory.in(e);
            if (outOfMemory.isPresent()) {
                return root.outOfMemory(e, outOfMemory.get(), line.getCommandName(), arguments);
            }
            if (e instanceof StoreException) {
                err.println(e.getMessage());
                return ExitCodes.DATABASE;
            }
            if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
                err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
            err.println("SwingLink failed unexpectedly: " + e);
            e.printStackTrace(err);
            return ExitCodes.SOFTWARE;
        });
        try {
            return commandLine.execute(arguments);
        } catch (OutOfMemoryError e) { // picocli hands only exceptions to the handler
            return root.outOfMemory(e, e, commandName(commandLine), arguments);
        }
    }

    /** One sentence on the terminal, the details in the log, exit code 70: a bigger heap is the user's remedy. */
    private int outOfMemory(Throwable thrown, OutOfMemoryError error, String command, String... arguments) {
        OutOfMemory.releaseReserve();
        Optional<Path> log = defectLog().write("Out of memory", thrown, arguments);
        err.println(OutOfMemory.sentence(error, command, log));
        err.flush();
        return ExitCodes.SOFTWARE;
    }

    private static String commandName(CommandLine commandLine) {
        ParseResult parsed = commandLine.getParseResult();
        while (parsed != null && parsed.subcommand() != null) {
            parsed = parsed.subcommand();
        }
        return parsed == null ? commandLine.getCommandName() : parsed.commandSpec().name();
    }

    DefectLog defectLog() {
        return new DefectLog(folder());
    }

    /** The database folder, or this computer's folder for logs when the database is a server. */
    DatabaseFolder folder() {
        return database == null || ServerAddress.isServerAddress(database) ? DatabaseFolder.defaultFolder()
                : new DatabaseFolder(Path.of(database));
    }

    /** Opens the database; what an upgrade of an earlier release's database did goes to standard error. */
    Store openStore() {
        Store store = Store.open(database);
        store.upgradeNotes().forEach(err::println);
        return store;
    }

    ReadOptions readOptions() {
        return new ReadOptions(zone == null ? ZoneId.systemDefault() : zone);
    }

    /** Reads a time zone id, with a message a user can act on when it is not one. */
    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a time zone; use a region id such as America/New_York or an offset such as -05:00");
            }
        }
    }
}
