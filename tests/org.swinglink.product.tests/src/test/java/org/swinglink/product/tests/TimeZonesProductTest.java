package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * Times mean one instant on every computer: the product writes a database under one {@code TZ} and
 * reads it under another, and keeps apart the two instants the autumn's repeated hour gives one
 * local time.
 */
class TimeZonesProductTest {
    private static final DateTimeFormatter HITTRAX_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss.SSS", Locale.US);
    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.US);

    @TempDir
    Path work;

    private ProductRun swinglink(String computerZone, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", work.resolve("db").toString()));
        all.addAll(List.of(arguments));
        return ProductRun.run(work, Map.of("TZ", computerZone), all.toArray(String[]::new));
    }

    @Test
    void givenADatabaseWrittenInChicago_whenReadOnAComputerInNewYork_thenEveryTimeIsTheSame() throws Exception {
        ProductRun imported = swinglink("America/Chicago", "import", "--player", "Jane Doe", "--zone", "America/Chicago",
                ProductRun.fixture("hittrax/jane-doe-2024-10-14.csv").toString(),
                ProductRun.fixture("paired/Metrics - Jane Doe.csv").toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        ProductRun inChicago = swinglink("America/Chicago", "export", "--player", "Jane Doe", "--zone", "America/Chicago");

        ProductRun inNewYork = swinglink("America/New_York", "export", "--player", "Jane Doe", "--zone", "America/Chicago");

        assertEquals(0, inNewYork.exitCode(), inNewYork.toString());
        assertEquals(inChicago.out(), inNewYork.out());
        // the file's first pitch, at the time its HitTrax showed
        assertTrue(inNewYork.out().contains("Jane Doe,2024-10-14 16:02:11.415,"), inNewYork.out());
        ProductRun players = swinglink("Asia/Tokyo", "players", "--zone", "America/Chicago");
        assertTrue(players.out().contains("2024-10-14  2024-10-14"), players.toString());
        String importId = imported.out().replaceAll("(?s).*Import ([0-9a-f-]+) completed.*", "$1");
        ProductRun summary = swinglink("Asia/Tokyo", "sessions", importId);
        assertTrue(summary.out().contains("Local times in its files read in America/Chicago."), summary.toString());
    }

    @Test
    void givenSwingsOnBothSidesOfTheRepeatedAutumnHour_whenImportedInChicago_thenTheyPairAndSortAsTheyHappened() throws Exception {
        // 05:40 to about 07:40 UTC on 2024-11-03: Chicago's clocks show 01:00-02:00 twice in that span
        Exports session = GeneratedSession.of("Jane Doe", LocalDateTime.of(2024, 11, 3, 5, 40)).pitches(360)
                .write(work.resolve("files"), 7);
        ProductRun imported = swinglink("America/Chicago", "import", "--player", "Jane Doe", "--zone", "UTC",
                session.hitTrax().toString(), session.blast().toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("(" + session.swings() + " matched, 0 unmatched)"), imported.out());

        ProductRun export = swinglink("America/Chicago", "export", "--player", "Jane Doe", "--zone", "UTC");

        assertEquals(0, export.exitCode(), export.toString());
        List<String> exported = export.out().lines().skip(1).map(row -> row.split(",")[1]).toList();
        List<String> pitched = Files.readAllLines(session.hitTrax()).stream().skip(3)
                .map(row -> row.split(", ")[2]).filter(time -> !time.isBlank())
                .map(time -> EXPORT_TIME.format(LocalDateTime.parse(time, HITTRAX_TIME))).toList();
        List<String> swungAt = pitched.stream().filter(time -> exported.contains(time)).toList();
        assertEquals(session.swings(), exported.size(), export.out());
        assertEquals(swungAt, exported, "the pairs, in the order and at the times they happened");
        assertTrue(exported.stream().anyMatch(time -> time.startsWith("2024-11-03 06:3")), export.out());
        assertTrue(exported.stream().anyMatch(time -> time.startsWith("2024-11-03 07:3")), export.out());
        assertTrue(export.out().lines().skip(1).allMatch(row -> Math.abs(Double.parseDouble(row.split(",")[3])) < 1000),
                "every pair within a second once the sensor's clock is corrected:\n" + export.out());
    }
}
