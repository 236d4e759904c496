package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.swinglink.product.tests.ProductRun.JANE_DOE_BLAST;
import static org.swinglink.product.tests.ProductRun.JANE_DOE_HITTRAX;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code swinglink players} and {@code players rename|merge|delete}, as a user runs them from the shell. */
class PlayersCommandsTest {
    /** A database in which Jane's HitTrax session is under her name, her Blast swings under another spelling. */
    @TempDir
    static Path janeUnderTwoNames;

    @TempDir
    Path work;

    private ProductRun swinglink(String... arguments) throws Exception {
        return ProductRun.onDatabaseInChicago(work, arguments);
    }

    /** Imported once for the class: each test changes a copy of its own. */
    @BeforeAll
    static void importJaneUnderTwoNames() throws Exception {
        ProductRun hittrax = ProductRun.onDatabaseInChicago(janeUnderTwoNames, "import", "--player", "Jane Doe",
                ProductRun.fixture(JANE_DOE_HITTRAX).toString());
        assertEquals(0, hittrax.exitCode(), hittrax.toString());
        ProductRun blast = ProductRun.onDatabaseInChicago(janeUnderTwoNames, "import", "--player", "Janie Doe",
                ProductRun.fixture(JANE_DOE_BLAST).toString());
        assertEquals(0, blast.exitCode(), blast.toString());
    }

    @BeforeEach
    void copyTheDatabase() throws IOException {
        Path from = janeUnderTwoNames.resolve("db");
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, work.resolve("db").resolve(from.relativize(path).toString()));
            }
        }
    }

    @Test
    void givenTwoPlayers_whenListed_thenTheTableAndTheJsonShowWhatEachHoldsSensorOnlyPlayersIncluded() throws Exception {
        ProductRun listed = swinglink("players");

        assertEquals(0, listed.exitCode(), listed.toString());
        assertTrue(listed.out().matches("(?s)PLAYER\\s+HITTRAX EVENTS\\s+SENSOR SWINGS\\s+PAIRED\\s+FIRST\\s+LAST\\s+ID\\s*\n"
                + "Jane Doe\\s+48\\s+0\\s+0\\s+2024-10-14\\s+2024-10-14\\s+[0-9a-f-]{36}\\s*\n"
                + "Janie Doe\\s+0\\s+47\\s+0\\s+2024-10-14\\s+2024-10-14\\s+[0-9a-f-]{36}\\s*"), listed.toString());

        ProductRun json = swinglink("players", "--json");
        assertEquals(0, json.exitCode(), json.toString());
        assertTrue(json.out().trim().startsWith("["), json.toString());
        assertTrue(json.out().matches("(?s).*\"name\": \"Janie Doe\",\\s+\"hittraxSessions\": 0,\\s+\"hittraxEvents\": 0,"
                + "\\s+\"sensorSwings\": 47,\\s+\"pairedSwings\": 0,.*\"firstActivity\": \"2024-10-14T.*"), json.toString());
    }

    @Test
    void givenTwoSpellingsOfOnePlayer_whenMerged_thenOnePlayerHoldsEverythingPaired() throws Exception {
        ProductRun merged = swinglink("players", "merge", "DOE, Janie", "jane doe");

        assertEquals(0, merged.exitCode(), merged.toString());
        assertEquals("Merged Janie Doe into Jane Doe: 0 HitTrax events and 47 sensor swings moved, 43 new pairs.",
                merged.out().trim());
        ProductRun listed = swinglink("players");
        assertTrue(listed.out().matches("(?s)PLAYER.*\nJane Doe\\s+48\\s+47\\s+43\\s+2024-10-14\\s+2024-10-14\\s+\\S+\\s*"),
                listed.toString());
    }

    @Test
    void givenAPlayer_whenRenamed_thenTheListShowsTheNewNameAndANameInUseIsRefused() throws Exception {
        ProductRun renamed = swinglink("players", "rename", "janie doe", "Janie Q. Doe");
        assertEquals(0, renamed.exitCode(), renamed.toString());
        assertEquals("Renamed Janie Doe to Janie Q. Doe.", renamed.out().trim());
        assertTrue(swinglink("players").out().contains("Janie Q. Doe"));

        ProductRun refused = swinglink("players", "rename", "Janie Q. Doe", "Doe, Jane");

        assertEquals(1, refused.exitCode(), refused.toString());
        assertEquals("Nothing changed: Another player is already called Jane Doe; to make them one player, merge Janie Q. Doe"
                + " into Jane Doe (use merge)", refused.err().trim());
    }

    @Test
    void givenAPlayerWithSwings_whenDeleted_thenItIsRefusedAndAnEmptyPlayerIsDeleted() throws Exception {
        ProductRun refused = swinglink("players", "delete", "Janie Doe");
        assertEquals(1, refused.exitCode(), refused.toString());
        assertEquals("Nothing changed: Janie Doe still holds 47 sensor swings (0 paired) and 1 import naming them; only a"
                + " player who holds nothing can be deleted (merge them into another player instead)", refused.err().trim());

        ProductRun unknown = swinglink("players", "delete", "Nobody");
        assertEquals(1, unknown.exitCode(), unknown.toString());
        assertEquals("Nothing changed: No player is called 'Nobody'", unknown.err().trim());

        ProductRun usage = swinglink("players", "delete");
        assertEquals(2, usage.exitCode(), usage.toString());
        assertTrue(usage.err().contains("Missing required parameter: 'NAME'"), usage.toString());

        // Swings given to Jon Roe and then to Jane Doe leave Jon Roe holding nothing.
        assertEquals(0, swinglink("import", "--bulk", ProductRun.fixture("dk/display-names.csv").toString()).exitCode());
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\"swingId\": \"([0-9a-f-]+)\"").matcher(swinglink("unassigned", "--json").out());
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertEquals(12, ids.size());
        for (String player : List.of("Jon Roe", "Jane Doe")) {
            List<String> assign = new ArrayList<>(List.of("assign", "--player", player));
            assign.addAll(ids);
            assertEquals(0, swinglink(assign.toArray(String[]::new)).exitCode());
        }
        assertTrue(swinglink("players").out().matches("(?s).*\nJon Roe\\s+0\\s+0\\s+0\\s+[0-9a-f-]{36}.*"));

        ProductRun deleted = swinglink("players", "delete", "roe, jon");

        assertEquals(0, deleted.exitCode(), deleted.toString());
        assertEquals("Deleted Jon Roe.", deleted.out().trim());
        assertTrue(!swinglink("players").out().contains("Jon Roe"));
    }
}
