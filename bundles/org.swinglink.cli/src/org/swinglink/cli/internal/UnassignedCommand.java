package org.swinglink.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;

import org.swinglink.importer.UnassignedSwing;
import org.swinglink.model.PairingMethod;
import org.swinglink.model.SensorSwing;
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
            List<SensorSwing> swings;
            if (importId == null) {
                swings = store.queries().unassignedSensorSwings();
            } else {
                var session = store.queries().findImportSession(importId);
                if (session.isEmpty()) {
                    root.err.println("No single import has the id " + importId + "; see 'swinglink sessions'.");
                    return ExitCodes.USAGE;
                }
                swings = store.queries().unassignedSensorSwings(session.get().getId());
            }
            List<UnassignedSwing> rows = swings.stream().map(s -> new UnassignedSwing(s.getId(), s.getSensorType(),
                    s.getSensorTimestamp(), s.getSourceFile(), s.getSourceLine())).toList();
            if (json) {
                root.out.println(Json.of(rows));
                return ExitCodes.OK;
            }
            if (rows.isEmpty()) {
                root.out.println("No unassigned swings.");
                return ExitCodes.OK;
            }
            TextTable table = new TextTable("ID", "SENSOR", "TIME", "IMPORT", "FILE", "LINE", "PAIRED");
            for (int i = 0; i < rows.size(); i++) {
                UnassignedSwing row = rows.get(i);
                PairingMethod pairing = swings.get(i).getPairingMethod();
                table.row(Formats.shortId(row.swingId()), row.sensorType(), Formats.time(row.timestamp(), root.readOptions().zone()),
                        Formats.shortId(swings.get(i).getImportSession().getId()), row.fileName(), row.line(),
                        pairing == null ? "" : pairing.label());
            }
            table.print(root.out, "");
            root.out.println(rows.size() + " unassigned swing" + (rows.size() == 1 ? "" : "s") + ".");
            return ExitCodes.OK;
        }
    }
}
