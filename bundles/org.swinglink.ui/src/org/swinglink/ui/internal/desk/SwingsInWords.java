package org.swinglink.ui.internal.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.swinglink.model.SensorSwing;
import org.swinglink.ui.internal.parts.Cells;

/**
 * Names a set of swings in one phrase (how many, which sensors, which files, when), so that a
 * dialog says exactly what it is about to change before the analyst agrees.
 */
public final class SwingsInWords {
    private static final int FILES_NAMED = 3;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private SwingsInWords() {
    }

    /** E.g. "12 swings (diamond_kinetics) from display-names.csv, 2024-10-14 16:02:09 to 16:12:01". */
    public static String of(List<SensorSwing> swings, ZoneId zone) {
        if (swings.size() == 1) {
            SensorSwing swing = swings.get(0);
            return "swing " + Cells.shortId(swing.getId()) + " (" + swing.getSensorType() + ") from "
                    + swing.getSourceFile() + " line " + swing.getSourceLine() + ", " + Cells.time(swing.getSensorTimestamp(), zone);
        }
        TreeSet<String> sensors = new TreeSet<>();
        TreeSet<String> files = new TreeSet<>();
        Instant first = null;
        Instant last = null;
        for (SensorSwing swing : swings) {
            sensors.add(Objects.toString(swing.getSensorType(), "unknown sensor"));
            files.add(Objects.toString(swing.getSourceFile(), "an unnamed file"));
            Instant time = swing.getSensorTimestamp();
            if (time != null) {
                first = first == null || time.isBefore(first) ? time : first;
                last = last == null || time.isAfter(last) ? time : last;
            }
        }
        return swings.size() + " swings (" + String.join(", ", sensors) + ") from " + files(files) + span(first, last, zone);
    }

    private static String files(TreeSet<String> names) {
        List<String> named = names.stream().limit(FILES_NAMED).toList();
        int more = names.size() - named.size();
        return String.join(", ", named) + (more > 0 ? " and " + Cells.count(more, "more file", "more files") : "");
    }

    private static String span(Instant first, Instant last, ZoneId zone) {
        if (first == null) {
            return ", without times";
        }
        boolean sameDay = first.atZone(zone).toLocalDate().equals(last.atZone(zone).toLocalDate());
        return ", " + Cells.time(first, zone) + " to " + (sameDay ? CLOCK.format(last.atZone(zone)) : Cells.time(last, zone));
    }
}
