package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A HitTrax export that carries a linked Diamond Kinetics sensor's columns, through the headless
 * product: its swings are stored, paired as the file pairs them, and every report says so.
 */
class InFilePairsProductTest {
    private static final String HITTRAX_WITH_DK = "hittrax/2018-dk-jane-doe.csv";

    @TempDir
    Path work;

    private ProductRun swinglink(String... arguments) throws Exception {
        return ProductRun.onDatabaseInChicago(work, arguments);
    }

    @Test
    void givenAHitTraxExportWithSensorColumns_whenImported_thenItsSwingsArePairedInTheFileInEveryReport() throws Exception {
        ProductRun imported = swinglink("import", "--player", "Jane Doe", ProductRun.fixture(HITTRAX_WITH_DK).toString());

        assertEquals(0, imported.exitCode(), imported.toString());
        String out = imported.out();
        assertTrue(out.contains("12 HitTrax events, 8 sensor swings (8 matched, 0 unmatched), 1 player."), out);
        assertTrue(out.contains("8 sensor swings paired in the file"), out);
        assertTrue(out.contains("8 in file (Diamond Kinetics)"), out);
        Matcher importId = Pattern.compile("Import ([0-9a-f-]+) completed").matcher(out);
        assertTrue(importId.find(), out);

        ProductRun summary = swinglink("sessions", importId.group(1));
        assertTrue(summary.out().contains("12 HitTrax events (8 paired, 4 unpaired), 8 sensor swings (8 matched, 0 unmatched)"),
                summary.toString());
        assertTrue(summary.out().contains("8 in file (Diamond Kinetics)"), summary.toString());

        ProductRun export = swinglink("export", "--player", "Jane Doe");
        assertEquals(0, export.exitCode(), export.toString());
        List<String> rows = export.out().lines().toList();
        assertEquals(1 + 8, rows.size(), export.out());
        assertTrue(rows.get(0).startsWith("player,hittrax_time,sensor_time,match_delta_ms,pairing,"), rows.get(0));
        // the first row: HitTrax's own time on both sides, no difference, DK's bat speed and hand speed
        assertTrue(rows.get(1).startsWith("Jane Doe,2018-11-26 17:02:05.311,2018-11-26 17:02:05.311,0,in file,71.2,"),
                rows.get(1));
        assertTrue(rows.get(1).contains(",diamond_kinetics,,68.4,9,149,22.6,"), rows.get(1));
        assertTrue(rows.stream().skip(1).allMatch(row -> row.contains(",0,in file,")), export.out());

        ProductRun again = swinglink("import", "--player", "Jane Doe", ProductRun.fixture(HITTRAX_WITH_DK).toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("already imported"), again.toString());
        assertTrue(again.out().contains("0 HitTrax events, 0 sensor swings"), again.toString());
    }

    @Test
    void givenTheSensorsOwnExportOfTheSameVisit_whenImportedAfter_thenThePairsTheFileMadeStay() throws Exception {
        assertEquals(0, swinglink("import", "--player", "Jane Doe", ProductRun.fixture(HITTRAX_WITH_DK).toString())
                .exitCode());

        ProductRun dk = swinglink("import", "--player", "Jane Doe",
                ProductRun.fixture("dk/jane-doe-2018-11-26.csv").toString());

        assertEquals(0, dk.exitCode(), dk.toString());
        assertTrue(dk.out().contains("0 HitTrax events, 8 sensor swings (0 matched, 8 unmatched), 1 player."), dk.toString());
        assertTrue(dk.out().contains("Jane Doe: 8 swings fall on HitTrax balls whose export already holds a sensor swing"),
                dk.toString());
        ProductRun export = swinglink("export", "--player", "Jane Doe");
        List<String> rows = export.out().lines().skip(1).toList();
        assertEquals(8, rows.size(), export.out());
        assertTrue(rows.stream().allMatch(row -> row.contains(",0,in file,")), export.out());
    }
}
