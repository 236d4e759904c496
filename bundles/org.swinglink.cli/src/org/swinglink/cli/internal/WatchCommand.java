package org.swinglink.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.swinglink.importer.ImportRequest;
import org.swinglink.store.Store;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swinglink watch DIR...}: the cage PC's export folders imported as files arrive. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = { "Imports every export that appears in the folders, their sub-folders and ZIPs included, until stopped with Ctrl+C or SIGTERM:"
                + " each file once it has stopped growing, as a bulk import of its own (players detected). A file imported before (same bytes)"
                + " is left alone; one that fails is tried again once it changes. One line per file on standard output and in the log.",
                "A stop cancels the running import (rolled back whole; the file is imported at the next start) and exits 0." })
final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to watch.")
    private List<Path> folders;

    @Option(names = "--log", paramLabel = "FILE",
            description = "Where the lines are appended as well. Default: watch.log in the database folder (see --db).")
    private Path logFile;

    @Option(names = "--interval", paramLabel = "SECONDS",
            description = "How often the folders are looked at; a file is imported once two looks in a row saw it unchanged. Default: 2.")
    private double intervalSeconds = 2;

    @Mixin
    private MatchingOptions matching;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Who the imports are recorded as run by. Default: the login name.")
    private String analyst = System.getProperty("user.name", "analyst");

    @ParentCommand
    private SwingLinkCommand root;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new CommandLine.ParameterException(spec.commandLine(), folder + " is not a folder; 'swinglink watch' watches folders.");
            }
        }
        if (!(intervalSeconds >= 0.1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be at least 0.1 seconds.");
        }
        Duration interval = Duration.ofMillis(Math.round(intervalSeconds * 1000));
        Path logPath = logFile != null ? logFile : root.folder().watchLog();
        try (StopRequest stop = StopRequest.onSignals(); WatchLog log = new WatchLog(root.out, logPath);
                Store store = root.openStore()) {
            // the log and the database may lie in a watched folder; they are not exports
            List<Path> leftOut = List.of(log.file(), root.folder().root());
            SettledFiles files = new SettledFiles(folders, leftOut, problem -> log.line("problem  " + problem));
            WatchedFileImport imports = new WatchedFileImport(root.services.importer(), store, this::request, stop,
                    root.readOptions().zone());
            log.line("watching " + folders.stream().map(f -> f.toAbsolutePath().normalize().toString())
                    .collect(Collectors.joining(", ")) + " every " + intervalSeconds + " s; log " + log.file());
            watch(files, imports, log, stop, interval);
            log.line("stopped watching (" + stop.reason() + ")");
            return ExitCodes.OK;
        }
    }

    private void watch(SettledFiles files, WatchedFileImport imports, WatchLog log, StopRequest stop, Duration interval) {
        while (!stop.requested()) {
            int oldFilesImportedBefore = 0;
            List<Path> settled = files.poll();
            imports.lookUp(settled);
            for (Path file : settled) {
                if (stop.requested()) {
                    break;
                }
                WatchedFileImport.Outcome outcome = imports.run(file, log, files.presentAtStart(file));
                if (outcome == WatchedFileImport.Outcome.STOPPED) {
                    break;
                }
                if (outcome == WatchedFileImport.Outcome.IMPORTED_BEFORE_START) {
                    oldFilesImportedBefore++;
                }
                files.handled(file);
            }
            if (oldFilesImportedBefore > 0) {
                log.line("skipped  " + (oldFilesImportedBefore == 1 ? "1 file" : oldFilesImportedBefore + " files")
                        + " found at start: imported before");
            }
            stop.await(interval);
        }
    }

    private ImportRequest request(Path file) {
        return ImportRequest.bulk(List.of(file), root.readOptions(), analyst).withMatching(matching.settings());
    }
}
