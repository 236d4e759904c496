package org.swinglink.cli.internal;

import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.PairingMethod;
import org.swinglink.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink unassigned}: sensor swings no player has been given yet. */
@Command(name = "unassigned", mixinStandardHelpOptions = true,
        description = "Lists sensor swings without a player, newest import first; give them one with 'assign'.")
final class UnassignedCommand implements Callable<Integer> {
    @ParentCommand
    private SwingLinkCommand root;

    @Option(names = "--import", paramLabel = "ID", description = "Only the swings of this import (id or id prefix).")
    private String importId;

    @Option(names = "--json", description = "Print the list as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            String onlyImport = null;
            if (importId != null) {
                var session = store.queries().findImportSession(importId);
                if (session.isEmpty()) {
                    root.err.println("No single import has the id " + importId + "; see 'swinglink sessions'.");
                    return ExitCodes.USAGE;
                }
                onlyImport = session.get().getId();
            }
            return json ? printJson(store, onlyImport) : printTable(store, onlyImport);
        }
    }

    /** Streamed: a season can leave 100,000 unassigned swings, and the heap holds one at a time. */
    private int printJson(Store store, String onlyImport) {
        Json.ArrayWriter array = new Json.ArrayWriter(root.out);
        store.queries().eachUnassignedSwing(onlyImport, swing -> array.add(new UnassignedSwing(swing.getId(),
                swing.getSensorType(), swing.getSensorTimestamp(), swing.getSourceFile(), swing.getSourceLine())));
        array.finish();
        return ExitCodes.OK;
    }

    private int printTable(Store store, String onlyImport) {
        ZoneId zone = root.readOptions().zone();
        // ids are printed whole up to eight digits (100 million rows), as are the first eight characters of earlier UUIDs
        StreamedTextTable table = new StreamedTextTable(root.out, "ID", "SENSOR", "TIME", "IMPORT", "FILE", "LINE", "PAIRED")
                .atLeast(0, Formats.ID_WIDTH).atLeast(3, Formats.ID_WIDTH);
        store.queries().eachUnassignedSwing(onlyImport, swing -> {
            PairingMethod pairing = swing.getPairingMethod();
            table.row(Formats.shortId(swing.getId()), swing.getSensorType(), Formats.time(swing.getSensorTimestamp(), zone),
                    Formats.shortId(swing.getImportSession().getId()), swing.getSourceFile(), swing.getSourceLine(),
                    pairing == null ? "" : pairing.label());
        });
        long rows = table.finish();
        root.out.println(rows == 0 ? "No unassigned swings."
                : rows + " unassigned swing" + (rows == 1 ? "" : "s") + ".");
        return ExitCodes.OK;
    }
}
