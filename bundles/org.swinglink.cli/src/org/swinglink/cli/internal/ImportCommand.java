package org.swinglink.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.swinglink.importer.FileReport;
import org.swinglink.importer.ImportReport;
import org.swinglink.importer.ImportRequest;
import org.swinglink.model.ImportStatistics;
import org.swinglink.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink import --player NAME FILE...}: a per-player import. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports the files of one player (HitTrax and sensor exports) in one transaction.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private SwingLinkCommand root;

    @Option(names = "--player", required = true, paramLabel = "NAME",
            description = "The player the files belong to; created if SwingLink does not know the name.")
    private String player;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Who runs the import. Default: the login name.")
    private String analyst = System.getProperty("user.name", "analyst");

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Export files (CSV).")
    private List<Path> files;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            ImportReport report = root.services.importer().importForPlayer(store,
                    new ImportRequest(player, files, root.readOptions(), analyst));
            print(report);
            return report.succeeded() ? ExitCodes.OK : ExitCodes.IMPORT_FAILED;
        }
    }

    private void print(ImportReport report) {
        var out = root.out;
        if (!report.files().isEmpty()) {
            TextTable table = new TextTable("FILE", "SOURCE", "CONFIDENCE", "RECORDS");
            for (FileReport file : report.files()) {
                table.row(file.fileName(), file.sourceName(), file.confidence() + "%", file.records());
            }
            table.print(out, "  ");
        }
        if (report.succeeded()) {
            ImportStatistics s = report.statistics();
            out.printf("Import %s completed for %s: %d HitTrax events, %d sensor swings (%d matched, %d unmatched).%n",
                    report.importSessionId(), player, s.hittraxEvents(), s.totalSwings(), s.matchedSwings(),
                    s.unmatchedSwings());
        } else {
            out.flush();
            root.err.printf("Import %s failed: %s%n", report.importSessionId(), report.errorMessage());
            root.err.println("Nothing was stored; the import session records the reason (see 'swinglink sessions').");
        }
    }
}
