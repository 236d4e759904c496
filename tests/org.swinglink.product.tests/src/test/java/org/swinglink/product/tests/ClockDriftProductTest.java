package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Clock;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * A three-hour session whose sensor clock drifts 3,000 ppm and is set 15 s back halfway, imported by
 * the headless product: the players table and the JSON show the offset at the visit's start, the
 * drift in ppm and the step with its time and size, and {@code sessions ID} shows them again later.
 */
class ClockDriftProductTest {
    @TempDir
    Path work;

    @Test
    void givenADriftingAndSteppingSensorClock_whenImported_thenTheTableAndTheJsonShowDriftAndStep() throws Exception {
        Exports session = GeneratedSession.drifting("Drew Drift", LocalDateTime.of(2026, 3, 5, 16, 0), Duration.ofHours(3),
                new Clock(47_000, 3_000, Duration.ofMinutes(90), 15_000)).write(work.resolve("input"), 16);
        List<String> arguments = new ArrayList<>(List.of("import", "--player", "Drew Drift"));
        session.files().forEach(file -> arguments.add(file.toString()));

        ProductRun imported = ProductRun.onDatabaseInChicago(work, arguments.toArray(String[]::new));

        assertEquals(0, imported.exitCode(), imported.toString());
        String header = imported.out().lines().filter(l -> l.contains("CLOCK OFFSET")).findFirst().orElseThrow();
        assertTrue(header.contains("DRIFT") && header.contains("CLOCK STEPS"), header);
        String row = imported.out().lines().filter(l -> l.strip().startsWith("Drew Drift")).findFirst().orElseThrow();
        assertTrue(Pattern.compile("\\+4[6-8]\\.\\d s \\(estimated\\)").matcher(row).find(), "offset at the start: " + row);
        assertTrue(Pattern.compile("\\+(2,[7-9]|3,[0-3])\\d\\d ppm \\(1\\d\\.\\d s an hour\\)").matcher(row).find(), "drift: " + row);
        assertTrue(Pattern.compile("\\+1[4-6]\\.\\d s at 1[78]:\\d\\d:\\d\\d").matcher(row).find(), "step: " + row);

        ProductRun json = ProductRun.onDatabaseInChicago(work, "sessions", importId(imported), "--json");
        assertEquals(0, json.exitCode(), json.toString());
        Matcher drift = Pattern.compile("\"driftPpm\": ([0-9.]+)").matcher(json.out());
        assertTrue(drift.find(), json.out());
        assertEquals(3_000, Double.parseDouble(drift.group(1)), 300);
        Matcher step = Pattern.compile("\"steps\": \\[\\s*\\{\\s*\"at\": \"2026-03-05T2[34]:\\d\\d:\\d\\d(\\.\\d+)?Z\",\\s*\"sizeMillis\": (\\d+)")
                .matcher(json.out());
        assertTrue(step.find(), json.out());
        assertEquals(15_000, Long.parseLong(step.group(2)), 1_500);
    }

    private static String importId(ProductRun imported) {
        Matcher id = Pattern.compile("Import (\\S+) completed").matcher(imported.out());
        assertTrue(id.find(), imported.out());
        return id.group(1);
    }
}
