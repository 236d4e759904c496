package org.swinglink.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.ParserFailure;
import org.swinglink.store.Store;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code swinglink import (--player NAME | --bulk) PATH...}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Imports HitTrax and sensor exports in one transaction and pairs every sensor swing with its batted ball.",
                "Per player (--player): every file is that player's. Bulk (--bulk): files, folders and ZIPs of many players; players are"
                        + " detected from HitTrax batter names, sensor player names and file names (Metrics - First Last.csv).",
                "A file imported before (same bytes) is skipped." })
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private SwingLinkCommand root;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--player", paramLabel = "NAME",
            description = "The player every file belongs to; created if SwingLink does not know the name.")
    private String player;

    @Option(names = "--bulk", description = "Detect the players of many files, folders and ZIP archives.")
    private boolean bulk;

    @Option(names = "--skip-bad-rows", negatable = true,
            description = "Leave out rows that cannot be read and import the rest (default for --bulk); --no-skip-bad-rows fails the import on any such row (default per player).")
    private Boolean skipBadRows;

    @Mixin
    private MatchingOptions matching;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Who runs the import. Default: the login name.")
    private String analyst = System.getProperty("user.name", "analyst");

    @Option(names = "--json", description = "Print the import report as JSON (every file, however many).")
    private boolean json;

    @Option(names = "--verbose", description = "List every file and unassigned swing; without it, an import of more than "
            + ImportSummaryPrinter.FILES_LISTED + " files lists per source and only the files with problems.")
    private boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Export files (CSV); with --bulk also folders and ZIP archives.")
    private List<Path> paths;

    @Override
    public Integer call() {
        if ((player == null) == !bulk) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either --player NAME or --bulk.");
        }
        ImportRequest request = bulk ? ImportRequest.bulk(paths, root.readOptions(), analyst)
                : ImportRequest.perPlayer(player, paths, root.readOptions(), analyst);
        request = request.withMatching(matching.settings());
        if (skipBadRows != null) {
            request = request.withSkipBadRows(skipBadRows);
        }
        try (Store store = root.openStore()) {
            ImportReport report = importWithProgress(store, request);
            if (json) {
                root.out.println(Json.of(report));
            } else {
                new ImportSummaryPrinter(root.out, root.readOptions().zone(), root.services.importer().sources()::nameOf)
                        .print(report, verbose);
            }
            if (!report.succeeded()) {
                root.out.flush();
                root.err.printf("Import %s failed: %s%n", report.importSessionId(), report.errorMessage());
                root.err.println("Nothing was stored; the import session records the reason (see 'swinglink sessions').");
                return report.parserFailure() == null ? ExitCodes.IMPORT_FAILED : parserFailed(report.parserFailure());
            }
            return ExitCodes.OK;
        }
    }

    /** A parser's stack trace goes to the log; a built-in parser's failure is SwingLink's defect (exit 70). */
    private int parserFailed(ParserFailure failure) {
        String[] arguments = Stream.concat(Stream.of("import"), paths.stream().map(Path::toString)).toArray(String[]::new);
        root.defectLog().write("The " + failure.describe(), failure.stackTrace(), arguments)
                .ifPresent(log -> root.err.println("Its stack trace is in " + log + "."));
        return failure.builtIn() ? ExitCodes.SOFTWARE : ExitCodes.IMPORT_FAILED;
    }

    /** The progress line ends before the report starts. */
    private ImportReport importWithProgress(Store store, ImportRequest request) {
        ImportProgress progress = new ImportProgress(ProgressLine.willDraw(root));
        try (ProgressLine line = ProgressLine.open(root, progress::status)) {
            ImportReport report = root.services.importer().importFiles(store, request, progress);
            progress.done();
            return report;
        }
    }
}
