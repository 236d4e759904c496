package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * A database the previous release wrote (fixtures/databases/release-0.1.0, times kept as Chicago's
 * wall clock) opens in this release, is upgraded in place once, and then reads exactly as that
 * release printed it, on a computer in any zone.
 */
class UpgradeProductTest {
    private static final String RELEASE = "databases/release-0.1.0/";

    @TempDir
    Path work;

    private ProductRun swinglink(String computerZone, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", work.resolve("db").toString(), "--zone", "America/Chicago"));
        all.addAll(List.of(arguments));
        return ProductRun.run(work, Map.of("TZ", computerZone), all.toArray(String[]::new));
    }

    private static String expected(String name) throws IOException {
        return Files.readString(ProductRun.fixture(RELEASE + name));
    }

    @Test
    void givenADatabaseOfThePreviousRelease_whenOpened_thenItIsUpgradedOnceAndEveryRowReadsAsBefore() throws Exception {
        unzip(ProductRun.fixture(RELEASE + "database.zip"), work.resolve("db"));

        ProductRun first = swinglink("America/Chicago", "players");

        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.err().contains("Upgraded the database") && first.err().contains("(America/Chicago)"), first.toString());
        assertEquals(expected("players.txt"), first.out());
        ProductRun again = swinglink("Asia/Tokyo", "players");
        assertEquals("", again.err(), "upgraded once");
        assertEquals(expected("players.txt"), again.out());
        assertEquals(expected("export-Jane-Doe.csv"),
                asTheReleaseExported(swinglink("Asia/Tokyo", "export", "--player", "Jane Doe").out()));
        assertEquals(expected("export-Lena-Fischer.csv"),
                asTheReleaseExported(swinglink("UTC", "export", "--player", "Lena Fischer").out()));
        assertEquals(expected("unassigned.json"), swinglink("Asia/Tokyo", "unassigned", "--json").out());
        String sessions = swinglink("Europe/Berlin", "sessions", "--json").out();
        assertEquals(withMillisecondTimes(expected("sessions.json")), sessions);
        assertFalse(Files.exists(work.resolve("db/archive")), "the archived files moved into the database");
    }

    @Test
    void givenADatabaseOfThePreviousRelease_whenUpgraded_thenEveryRowsOriginalColumnsReadAsTheReleaseKeptThem() throws Exception {
        unzip(ProductRun.fixture(RELEASE + "database.zip"), work.resolve("db"));
        List<String[]> kept = expected("raw-rows.tsv").lines().map(line -> line.split("\t", 3)).toList();
        List<String> arguments = new ArrayList<>(List.of("show", "--json"));
        kept.forEach(row -> arguments.add(row[1]));

        ProductRun shown = swinglink("America/Chicago", arguments.toArray(String[]::new));

        assertEquals(0, shown.exitCode(), shown.toString());
        JsonArray pairs = JsonParser.parseString(shown.out()).getAsJsonArray();
        assertEquals(kept.size(), pairs.size());
        for (int i = 0; i < kept.size(); i++) {
            String side = kept.get(i)[0].equals("sensor_swings") ? "swing" : "event";
            JsonObject row = pairs.get(i).getAsJsonObject().getAsJsonObject(side);
            assertEquals(kept.get(i)[1], row.get("id").getAsString());
            JsonObject before = JsonParser.parseString(kept.get(i)[2]).getAsJsonObject();
            JsonObject after = row.getAsJsonObject("raw");
            if (side.equals("event")) {
                assertEquals(before, after, "event " + kept.get(i)[1]);
            } else { // a swing a HitTrax export paired in file kept only the sensor's columns; now it shows its whole row
                for (String column : before.keySet()) {
                    assertEquals(before.get(column), after.get(column), "swing " + kept.get(i)[1] + ", column " + column);
                }
            }
        }
    }

    @Test
    void givenAnUpgradedDatabase_whenRowsAreNamedByTheirPrintedPrefixAndMoreIsImported_thenPrefixesWorkAndNewRowsGetNumbers()
            throws Exception {
        unzip(ProductRun.fixture(RELEASE + "database.zip"), work.resolve("db"));
        String oldSwing = "ce81035e-a5b7-4b42-8a8f-020c09bee06a"; // unassigned in the release's database

        ProductRun shown = swinglink("UTC", "show", "--json", "ce81035e");
        ProductRun assigned = swinglink("UTC", "assign", "--player", "Nina Park", "ce81035e");
        Exports session = GeneratedSession.of("Nina Park", LocalDateTime.of(2026, 3, 1, 15, 0)).pitches(30)
                .write(work.resolve("new"), 7);
        ProductRun imported = swinglink("UTC", "import", "--player", "Nina Park", session.hitTrax().toString(),
                session.blast().toString());

        assertEquals(0, shown.exitCode(), shown.toString());
        assertEquals(oldSwing, JsonParser.parseString(shown.out()).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("swing").get("id").getAsString());
        assertEquals(0, assigned.exitCode(), assigned.toString());
        assertTrue(assigned.out().contains("Assigned 1 swing to Nina Park"), assigned.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        Matcher importId = Pattern.compile("Import (\\S+) completed").matcher(imported.out());
        assertTrue(importId.find() && importId.group(1).matches("\\d+"), "a new import's id is a number: " + imported);
        List<String> csv = swinglink("UTC", "export", "--import", importId.group(1)).out().lines().toList();
        List<String> exported = csv.stream().skip(1).toList();
        assertFalse(exported.isEmpty(), imported.toString());
        List<String> show = new ArrayList<>(List.of("show", "--json"));
        for (String row : exported) {
            List<String> cells = List.of(row.split(","));
            String swing = cells.get(cells.size() - 2);
            String event = cells.get(cells.size() - 1);
            assertTrue(swing.matches("\\d+") && event.matches("\\d+"), "new rows get numbers: " + row);
            show.add(swing);
        }
        ProductRun shownNew = swinglink("UTC", show.toArray(String[]::new));
        assertEquals(0, shownNew.exitCode(), "a number names its row: " + shownNew);
        JsonArray pairsShown = JsonParser.parseString(shownNew.out()).getAsJsonArray();
        assertEquals(exported.size(), pairsShown.size());
        assertOnPlaneEfficiencyShownAsExported(csv, pairsShown);
        JsonElement releasedOnPlane = JsonParser.parseString(shown.out()).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("swing").get("onPlaneEfficiencyPct");
        assertTrue(releasedOnPlane == null || releasedOnPlane.isJsonNull(), "the release stored no On Plane Efficiency");
        assertTrue(swinglink("UTC", "players").out().contains("Nina Park"));
    }

    /** The export without the column added since the release (On Plane Efficiency), which its rows leave empty. */
    private static String asTheReleaseExported(String csv) {
        String separator = csv.contains("\r\n") ? "\r\n" : "\n";
        List<List<String>> rows = csv.lines().map(line -> List.of(line.split(",", -1))).toList();
        int added = rows.get(0).indexOf("on_plane_efficiency_pct");
        StringBuilder release = new StringBuilder();
        for (List<String> row : rows) {
            assertTrue(row == rows.get(0) || row.get(added).isEmpty(), "the release stored no On Plane Efficiency: " + row);
            List<String> cells = new ArrayList<>(row);
            cells.remove(added);
            release.append(String.join(",", cells)).append(separator);
        }
        return release.toString();
    }

    /** The swings imported into the upgraded database have the new column: JSON and export agree on each. */
    private static void assertOnPlaneEfficiencyShownAsExported(List<String> csv, JsonArray pairsShown) {
        int column = List.of(csv.get(0).split(",")).indexOf("on_plane_efficiency_pct");
        Map<String, Double> exportedBySwing = new HashMap<>();
        for (String row : csv.subList(1, csv.size())) {
            List<String> cells = List.of(row.split(","));
            exportedBySwing.put(cells.get(cells.size() - 1), Double.valueOf(cells.get(column)));
        }
        for (JsonElement pair : pairsShown) {
            JsonObject swing = pair.getAsJsonObject().getAsJsonObject("swing");
            assertEquals(exportedBySwing.get(swing.get("id").getAsString()), swing.get("onPlaneEfficiencyPct").getAsDouble(),
                    swing.toString());
        }
    }

    /** The release kept Derby's nanoseconds of the import's own clock; times are now kept to the millisecond. */
    private static String withMillisecondTimes(String json) {
        return json.replaceAll("(T\\d\\d:\\d\\d:\\d\\d\\.\\d{3})\\d*Z", "$1Z");
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        try (InputStream bytes = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(bytes)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
    }
}
