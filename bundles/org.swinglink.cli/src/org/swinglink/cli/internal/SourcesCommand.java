package org.swinglink.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;

import org.swinglink.dropins.SourceInventory;
import org.swinglink.dropins.SourceStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink sources}: the parsers SwingLink has and every drop-in jar that gives none, with why. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = { "Lists the file formats SwingLink can import: built-in parsers and those dropped into the drop-ins folder.",
                "A jar in the drop-ins folder that cannot be used is listed with its state and the reason." })
final class SourcesCommand implements Callable<Integer> {
    @ParentCommand
    private SwingLinkCommand root;

    @Option(names = "--json", description = "Print the sources as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        SourceInventory inventory = root.services.inventory();
        List<SourceStatus> statuses = inventory.statuses();
        if (json) {
            root.out.println(Json.of(new Listing(inventory.dropinsFolder().map(Object::toString).orElse(null), statuses)));
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("SOURCE", "NAME", "RECORDS", "BUNDLE", "ORIGIN", "STATE", "REASON");
        for (SourceStatus status : statuses) {
            table.row(status.id(), status.name(), status.kind(), status.bundle(), status.origin(), status.state().label(),
                    status.reason());
        }
        table.print(root.out, "");
        root.out.println();
        root.out.println("Drop-ins folder: " + inventory.dropinsFolder().map(Object::toString).orElse("none configured"));
        return ExitCodes.OK;
    }

    /** The JSON shape: the folder and every line. */
    record Listing(String dropinsFolder, List<SourceStatus> sources) {
    }
}
