package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swinglink.testing.GeneratedSession;
import org.swinglink.testing.GeneratedSession.Exports;

/**
 * Exports far larger than the heap, through the product: the matched swings stream from the
 * database into the CSV. Loading every pair first needed more than 32 MB for these 9,000 pairs
 * (the export then ended without a word and without its file).
 */
class ExportProductTest {
    private static final int PITCHES = 10_000;
    private static final Map<String, String> SMALL_HEAP = Map.of("SWINGLINK_JAVA_OPTS", "-Xmx32m");

    @TempDir
    static Path work;

    private static String importId;
    private static int matched;

    @BeforeAll
    static void importALongSession() throws Exception {
        Exports session = GeneratedSession.of("Jane Doe", LocalDateTime.of(2026, 3, 1, 15, 0)).pitches(PITCHES)
                .write(work.resolve("input"), 13);
        ProductRun imported = ProductRun.onDatabaseInChicago(work, "import", "--player", "Jane Doe",
                session.hitTrax().toString(), session.blast().toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        Matcher completed = Pattern.compile("Import ([0-9a-f-]+) completed: .*\\((\\d+) matched").matcher(imported.out());
        assertTrue(completed.find(), imported.toString());
        importId = completed.group(1);
        matched = Integer.parseInt(completed.group(2));
        assertTrue(matched > 8_000, imported.toString());
    }

    @Test
    void givenThousandsOfPairs_whenAnImportIsExportedWithA32MegabyteHeap_thenEveryPairIsWrittenInTimeOrder() throws Exception {
        Path csv = work.resolve("import.csv");

        ProductRun exported = ProductRun.onDatabaseInChicago(work, SMALL_HEAP, "export", "--import", importId.substring(0, Math.min(8, importId.length())),
                "-o", csv.toString());

        assertEquals(0, exported.exitCode(), exported.toString());
        assertEquals("Wrote " + matched + " matched swings to " + csv, exported.err().trim());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(1 + matched, rows.size());
        assertTrue(rows.get(0).startsWith("player,hittrax_time,sensor_time,match_delta_ms,pairing,"), rows.get(0));
        List<String> times = rows.stream().skip(1).map(row -> row.split(",")[1]).toList();
        assertEquals(times.stream().sorted().toList(), times, "rows in the order of the HitTrax events");
        assertTrue(rows.stream().skip(1).allMatch(row -> row.startsWith("Jane Doe,2026-03-") && row.contains(",by time,")),
                rows.get(1));
    }

    @Test
    void givenAnExportForExcel_whenWrittenWithBom_thenItStartsWithTheByteOrderMarkAndEndsLinesWithCrlfAsOnEveryPlatform()
            throws Exception {
        Path csv = work.resolve("for-excel.csv");

        ProductRun exported = ProductRun.onDatabaseInChicago(work, "export", "--player", "Jane Doe", "--bom", "-o", csv.toString());

        assertEquals(0, exported.exitCode(), exported.toString());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF));
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("player,hittrax_time,"), text.substring(0, 40));
        assertEquals(1 + matched, text.split("\r\n", -1).length - 1, "every line ends with CRLF");
    }

    @Test
    void givenThousandsOfPairs_whenAPlayerIsExportedToStandardOutputWithA32MegabyteHeap_thenEveryPairIsWritten() throws Exception {
        ProductRun exported = ProductRun.onDatabaseInChicago(work, SMALL_HEAP, "export", "--player", "jane doe");

        assertEquals(0, exported.exitCode(), exported.toString());
        List<String> rows = exported.out().lines().toList();
        assertEquals(1 + matched, rows.size(), exported.err());
        assertTrue(rows.get(1).startsWith("Jane Doe,2026-03-01 15:0"), rows.get(1));
    }
}
