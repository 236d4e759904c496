package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.swinglink.testing.DropinJars;

/**
 * Third-party parsers in the headless product's drop-ins folder: the example SwingTag parser, built
 * outside the SwingLink reactor with plain Maven and bnd, and jars that cannot be used.
 */
// Its drop-ins folder is its own, and the install's configuration keeps what it installs: a product
// started beside it from the same install would take those bundles out as stale (and refresh its wiring).
@Isolated
class DropinsProductTest {
    private static final Path SAMPLE = Path.of(System.getProperty("swinglink.example.jar")).getParent().getParent()
            .resolve("src/test/resources/swingtag-jordan-reyes.csv");

    @TempDir
    Path work;

    private Path dropins;
    private Map<String, String> environment;

    @BeforeEach
    void createDropinsFolder() throws IOException {
        dropins = Files.createDirectories(work.resolve("dropins"));
        environment = Map.of("SWINGLINK_DROPINS", dropins.toString());
    }

    /** One start with the install's own drop-ins folder takes this class's bundles out while it still runs alone. */
    @AfterAll
    static void leaveTheInstallWithoutThisClassesDropins(@TempDir Path elsewhere) throws Exception {
        ProductRun sources = ProductRun.run(elsewhere, "sources");
        assertEquals(0, sources.exitCode(), sources.toString());
    }

    private ProductRun swinglink(String... arguments) throws Exception {
        return ProductRun.run(work, environment, arguments);
    }

    private String db() {
        return work.resolve("db").toString();
    }

    @Test
    void givenTheExampleJarInTheDropinsFolder_whenTheProductStarts_thenItListsAndImportsWithIt() throws Exception {
        Files.copy(exampleJar(), dropins.resolve("swingtag-parser-1.0.0.jar"));

        ProductRun sources = swinglink("sources");
        assertEquals(0, sources.exitCode(), sources.toString());
        assertTrue(sources.out().matches("(?s).*swingtag\\s+SwingTag\\s+sensor swings\\s+com\\.example\\.swingtag\\.parser 1\\.0\\.0"
                + "\\s+swingtag-parser-1\\.0\\.0\\.jar\\s+active.*"), sources.toString());
        assertTrue(sources.out().matches("(?s).*hittrax\\s+HitTrax\\s+batted-ball events.*built-in\\s+active.*"), sources.toString());

        ProductRun imported = swinglink("import", "--db", db(), "--player", "Jordan Reyes", SAMPLE.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("swingtag-jordan-reyes.csv  SwingTag  100%        12"), imported.toString());
        assertTrue(imported.out().contains("completed: 0 HitTrax events, 12 sensor swings (0 matched, 12 unmatched), 1 player."),
                imported.toString());
    }

    @Test
    void givenTheJarRemoved_whenTheProductStartsAgain_thenItsSourceIsGoneAndItsFilesAreNotRecognised() throws Exception {
        Path jar = Files.copy(exampleJar(), dropins.resolve("swingtag-parser-1.0.0.jar"));
        assertTrue(swinglink("sources").out().contains("swingtag"));
        Files.delete(jar);

        ProductRun sources = swinglink("sources");
        assertFalse(sources.out().contains("swingtag"), sources.toString());
        ProductRun imported = swinglink("import", "--db", db(), "--player", "Jordan Reyes", SAMPLE.toString());
        assertEquals(1, imported.exitCode(), imported.toString());
        assertTrue(imported.err().contains("swingtag-jordan-reyes.csv: no SwingLink source recognises this file"), imported.toString());
    }

    @Test
    void givenBrokenJars_whenListed_thenEachHasItsStateAndReasonAndBuiltInImportsStillWork() throws Exception {
        Files.write(dropins.resolve("random-bytes.jar"), randomBytes());
        DropinJars.withManifest(dropins.resolve("no-bundle.jar"), "Manifest-Version: 1.0\n");
        DropinJars.futureApi(dropins);

        ProductRun sources = swinglink("sources", "--json");
        assertEquals(0, sources.exitCode(), sources.toString());
        String json = sources.out();
        assertTrue(json.contains("\"state\": \"NOT_A_BUNDLE\",\n      \"reason\": \"not a jar (zip) file"), json);
        assertTrue(json.contains("\"reason\": \"not an OSGi bundle: no Bundle-SymbolicName in META-INF/MANIFEST.MF\""), json);
        assertTrue(json.contains("\"state\": \"UNRESOLVED\",\n      \"reason\": \"cannot be resolved: it needs package "
                + "org.swinglink.source.api version [2.0.0, 3.0.0), but SwingLink provides org.swinglink.source.api 1.1.0\""), json);
        assertFalse(sources.err().contains("Exception"), "no stack trace for a user\n" + sources);

        ProductRun imported = swinglink("import", "--db", db(), "--zone", "America/Chicago", "--player", "Jane Doe",
                ProductRun.fixture("hittrax/jane-doe-2024-10-14.csv").toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("completed: 48 HitTrax events"), imported.toString());
        assertFalse(imported.err().contains("Exception"), "broken drop-ins must not disturb an import\n" + imported);
    }

    private static Path exampleJar() {
        Path jar = Path.of(System.getProperty("swinglink.example.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No example parser at " + jar + "; tests/org.swinglink.example.build builds it.");
        }
        return jar;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
