package org.swinglink.cli.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.swinglink.model.HitTraxEvent;
import org.swinglink.model.SensorSwing;
import org.swinglink.model.SensorSwing.SwingMetric;
import org.swinglink.store.Store;
import org.swinglink.store.StoredPair;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code swinglink show ID}: a swing or HitTrax event, the row it is paired with, and both rows as their files had them. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a sensor swing or HitTrax event and the row it is paired with: times, metrics, and each row's original"
                + " columns as its file had them.")
final class ShowCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @ParentCommand
    private SwingLinkCommand root;

    @Parameters(paramLabel = "ID", arity = "1..*",
            description = "Swing or event ids, or their first 8 or more characters as listings print them.")
    private List<String> ids;

    @Option(names = "--json", description = "Print the rows as JSON: a list with a swing and an event per id.")
    private boolean json;

    @Override
    public Integer call() {
        try (Store store = root.openStore()) {
            List<Map<String, Object>> shown = new ArrayList<>();
            for (String id : ids) {
                Optional<StoredPair> found = store.queries().findPair(id);
                if (found.isEmpty()) {
                    root.err.println("No single swing or HitTrax event has the id " + id
                            + "; see 'swinglink unassigned' or the export's id columns.");
                    return ExitCodes.USAGE;
                }
                StoredPair pair = found.get();
                Map<String, Object> both = new LinkedHashMap<>();
                both.put("swing", pair.swing() == null ? null : swing(pair.swing(), pair.swingColumns()));
                both.put("event", pair.event() == null ? null : event(pair.event(), pair.eventColumns()));
                shown.add(both);
            }
            if (json) {
                root.out.println(Json.of(shown));
                return ExitCodes.OK;
            }
            for (Map<String, Object> both : shown) {
                print("Sensor swing", both.get("swing"));
                print("HitTrax event", both.get("event"));
            }
            return ExitCodes.OK;
        }
    }

    private Map<String, Object> swing(SensorSwing swing, Map<String, String> raw) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", swing.getId());
        row.put("player", swing.getUser() == null ? null : swing.getUser().getName());
        row.put("sensorType", swing.getSensorType());
        row.put("time", time(swing.getSensorTimestamp()));
        row.put("file", swing.getSourceFile());
        row.put("line", swing.getSourceLine());
        row.put("importId", swing.getImportSession() == null ? null : swing.getImportSession().getId());
        row.put("pairing", swing.getPairingMethod() == null ? null : swing.getPairingMethod().label());
        row.put("matchDeltaMs", swing.getMatchTimeDelta());
        for (SwingMetric metric : SwingMetric.values()) {
            row.put(metric.jsonName(), metric.of(swing));
        }
        row.put("raw", raw.isEmpty() ? null : raw);
        return row;
    }

    private Map<String, Object> event(HitTraxEvent event, Map<String, String> raw) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", event.getId());
        row.put("player", event.getSession().getUser() == null ? null : event.getSession().getUser().getName());
        row.put("time", time(event.getEventTimestamp()));
        row.put("file", event.getSession().getSourceFile());
        row.put("line", event.getSourceLine());
        row.put("importId", event.getSession().getImportSession().getId());
        row.put("exitVelocityMph", event.getExitVelocity());
        row.put("launchAngleDeg", event.getLaunchAngle());
        row.put("distanceFt", event.getDistance());
        row.put("horizontalAngleDeg", event.getHorizontalAngle());
        row.put("result", event.getResult());
        row.put("hitType", event.getHitType());
        row.put("pitchSpeedMph", event.getPitchSpeed());
        row.put("strikeZone", event.getStrikeZone());
        row.put("raw", raw.isEmpty() ? null : raw);
        return row;
    }

    /** In --zone, as the device showed it, to the millisecond. */
    private String time(java.time.Instant instant) {
        ZoneId zone = root.readOptions().zone();
        return instant == null ? null : WHEN.format(instant.atZone(zone));
    }

    private void print(String title, Object row) {
        if (row == null) {
            root.out.println(title + ": none paired");
            root.out.println();
            return;
        }
        root.out.println(title);
        ((Map<?, ?>) row).forEach((name, value) -> {
            if (value != null && !"raw".equals(name)) {
                root.out.println("  " + name + ": " + value);
            }
        });
        Object raw = ((Map<?, ?>) row).get("raw");
        if (raw == null) {
            root.out.println("  as its file had it: (the file is not kept)");
        } else {
            root.out.println("  as its file had it:");
            ((Map<?, ?>) raw).forEach((column, text) -> root.out.println("    " + column + ": " + text));
        }
        root.out.println();
    }
}
