package org.swinglink.cli.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.swinglink.importer.AssignmentReport;
import org.swinglink.importer.ImportException;
import org.swinglink.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink assign SWING... --player NAME}: gives swings a player, then pairs them. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = "Gives sensor swings to a player (created if unknown) and pairs them with that player's unpaired HitTrax events.")
final class AssignCommand implements Callable<Integer> {
    @ParentCommand
    private SwingLinkCommand root;

    @Option(names = "--player", required = true, paramLabel = "NAME", description = "The player the swings belong to.")
    private String player;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Who assigns them. Default: the login name.")
    private String analyst = System.getProperty("user.name", "analyst");

    @Mixin
    private MatchingOptions matching;

    @Option(names = "--json", description = "Print the outcome as JSON.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "SWING", description = "Swing ids, or their first 8 or more characters as listings print them.")
    private List<String> swings;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            AssignmentReport report;
            long started = System.nanoTime();
            try (ProgressLine line = ProgressLine.open(root, () -> "assigning " + ProgressLine.count(swings.size())
                    + (swings.size() == 1 ? " swing" : " swings") + " to " + player + " and pairing  "
                    + ProgressLine.duration(Duration.ofNanos(System.nanoTime() - started)))) {
                report = root.services.importer().assign(store, swings, player, analyst, matching.settings());
            }
            if (json) {
                root.out.println(Json.of(report));
            } else {
                root.out.printf("Assigned %d swing%s to %s; %d now paired with a HitTrax event.%n", report.swingIds().size(),
                        report.swingIds().size() == 1 ? "" : "s", report.playerName(), report.paired());
            }
            return ExitCodes.OK;
        } catch (ImportException e) {
            root.err.println("Nothing assigned: " + e.getMessage());
            return ExitCodes.IMPORT_FAILED;
        }
    }
}
