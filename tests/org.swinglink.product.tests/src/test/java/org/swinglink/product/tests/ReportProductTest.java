package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * {@code swinglink report} and {@code leaderboard} through the headless product, their figures against
 * the generated files themselves: two sessions of Ava Ruiz (a week apart), one HitTrax-only session of Ben Cho.
 */
class ReportProductTest {
    @TempDir
    Path work;

    private ProductRun swinglink(String... arguments) throws Exception {
        return ProductRun.onDatabaseInChicago(work, arguments);
    }

    @Test
    void givenSessionsOfTwoPlayers_whenReportedAndRanked_thenTheFiguresAreThoseOfTheirFiles() throws Exception {
        Exports first = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 3, 15, 0)).pitches(60)
                .write(work.resolve("a"), 1);
        Exports second = GeneratedSession.of("Ava Ruiz", LocalDateTime.of(2026, 3, 10, 16, 0)).pitches(40)
                .write(work.resolve("b"), 2);
        Exports ben = GeneratedSession.of("Ben Cho", LocalDateTime.of(2026, 3, 4, 17, 0)).pitches(30).write(work.resolve("c"), 3);
        for (Exports session : List.of(first, second)) {
            ProductRun imported = swinglink("import", "--player", "Ava Ruiz", session.hitTrax().toString(), session.blast().toString());
            assertEquals(0, imported.exitCode(), imported.toString());
        }
        assertEquals(0, swinglink("import", "--player", "Ben Cho", ben.hitTrax().toString()).exitCode());

        ProductRun report = swinglink("report", "--player", "ava ruiz", "--json");
        ProductRun weeks = swinglink("report", "--player", "Ava Ruiz", "--by", "week", "--csv");
        ProductRun board = swinglink("leaderboard", "--from", "2026-03-01", "--to", "2026-03-31", "--sort", "events", "--json");
        ProductRun wrongMetric = swinglink("leaderboard", "--sort", "exit_speed");

        assertEquals(0, report.exitCode(), report.toString());
        JsonArray sessions = JsonParser.parseString(report.out()).getAsJsonArray();
        assertEquals(2, sessions.size(), report.out());
        assertFigures(first, sessions.get(0).getAsJsonObject());
        assertFigures(second, sessions.get(1).getAsJsonObject());
        assertEquals(0, weeks.exitCode(), weeks.toString());
        List<String> csv = weeks.out().lines().toList();
        assertEquals(3, csv.size(), "a header and two weeks: " + weeks.out());
        assertTrue(csv.get(0).startsWith("start,end,swings,events,pairs,pair_rate,bat_speed_avg"), csv.get(0));
        assertTrue(csv.get(1).startsWith("2026-03-02T06:00:00Z,"), "weeks start on Monday in Chicago: " + csv.get(1));
        assertEquals(0, board.exitCode(), board.toString());
        JsonArray players = JsonParser.parseString(board.out()).getAsJsonArray();
        assertEquals(List.of("Ava Ruiz", "Ben Cho"), players.asList().stream()
                .map(p -> p.getAsJsonObject().get("player").getAsString()).toList(), "by events, most first");
        JsonObject benNow = players.get(1).getAsJsonObject().getAsJsonObject("current");
        assertEquals(30, benNow.get("events").getAsInt());
        assertEquals(0, benNow.get("swings").getAsInt());
        assertTrue(benNow.get("bat_speed_avg").isJsonNull(), "no sensor, no bat speed: " + benNow);
        assertTrue(players.get(0).getAsJsonObject().get("previous").isJsonNull(), "nothing in February");
        assertEquals(2, wrongMetric.exitCode(), wrongMetric.toString());
        assertTrue(wrongMetric.err().contains("no metric is called 'exit_speed'; metrics: swings, events"), wrongMetric.err());
    }

    /** Counts and the figures one column of each file gives, computed here from the files. */
    private static void assertFigures(Exports session, JsonObject figures) throws IOException {
        List<String[]> balls = rows(session.hitTrax(), 3);
        List<String[]> swings = rows(session.blast(), 1);
        assertEquals(session.pitches(), figures.get("events").getAsInt());
        assertEquals(session.swings(), figures.get("swings").getAsInt());
        assertTrue(figures.get("pairs").getAsInt() > session.swings() * 0.9, "the sensor's clock is 47 s off: " + figures);
        assertClose(average(balls, row -> Double.parseDouble(row[7].trim())), figures.get("exit_velocity_avg").getAsDouble());
        assertClose(balls.stream().mapToDouble(row -> Double.parseDouble(row[7].trim())).max().orElseThrow(),
                figures.get("exit_velocity_max").getAsDouble());
        assertClose(average(balls, row -> Double.parseDouble(row[8].trim())), figures.get("launch_angle_avg").getAsDouble());
        assertClose(average(swings, row -> Double.parseDouble(row[7])), figures.get("bat_speed_avg").getAsDouble());
        assertClose(average(swings, row -> Double.parseDouble(row[14]) * 1000), figures.get("power_avg").getAsDouble());
        long hard = balls.stream().filter(row -> Double.parseDouble(row[7].trim()) >= 95).count();
        assertClose((double) hard / balls.size(), figures.get("hard_hit_rate").getAsDouble());
    }

    private static List<String[]> rows(Path file, int headerLines) throws IOException {
        return Files.readAllLines(file).stream().skip(headerLines).filter(line -> !line.isBlank())
                .map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).toList();
    }

    private static double average(List<String[]> rows, ToDoubleFunction<String[]> value) {
        return rows.stream().mapToDouble(value).average().orElseThrow();
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, 1e-9);
    }
}
