package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The headless product of every platform's archive, unpacked as a user would and started here with
 * this machine's Java from its own bundles and configuration: SwingLink's code is the same everywhere,
 * so a bundle missing from one platform's set shows here. (Windows and macOS themselves are not run.)
 */
class ArchivedHeadlessProductTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Platform.class)
    void givenAnUnpackedArchive_whenItsProductListsSourcesAndImportsTheSamples_thenEveryBuiltInSourceWorks(Platform platform)
            throws IOException, InterruptedException {
        ProductArchive.read(platform.headlessArchive()).extractTo(work);
        Path product = work.resolve("swinglink");

        // Where the archive has a bash launcher, it is run as unpacked (its mode kept); else Java directly.
        List<String> sources = platform.windows() ? javaCommand(product, "sources")
                : List.of(product.resolve("swinglink").toString(), "sources");
        ProductRun listed = run(sources);
        assertEquals(0, listed.exitCode(), listed.toString());
        for (String source : List.of("blast ", "diamond_kinetics ", "hittrax ")) {
            assertTrue(listed.out().lines().anyMatch(line -> line.startsWith(source) && line.contains("built-in  active")),
                    platform + ": " + source + "is not listed active\n" + listed);
        }

        ProductRun imported = run(javaCommand(product, "import", "--zone", "America/Chicago", "--bulk",
                System.getProperty("swinglink.samples")));
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("completed: 118 HitTrax events, 47 sensor swings (43 matched, 4 unmatched), 4 players."),
                platform + "\n" + imported);
    }

    /** The java command line the Windows and macOS launchers build: the archive's launcher jar, its configuration. */
    private List<String> javaCommand(Path product, String... arguments) throws IOException {
        Path launcher;
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            launcher = plugins.filter(jar -> jar.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow(() -> new AssertionError("no launcher jar in " + product));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfelix.fileinstall.dir=" + product.resolve("dropins"), "-jar", launcher.toString(),
                "-configuration", product.resolve("configuration").toUri().toString(), "-data", "@noDefault",
                "-application", "org.swinglink.cli.headless"));
        command.addAll(List.of(arguments));
        return command;
    }

    private ProductRun run(List<String> command) throws IOException, InterruptedException {
        List<String> withDatabase = new ArrayList<>(command);
        withDatabase.addAll(List.of("--db", work.resolve("db").toString()));
        return ProductRun.of(work, Map.of("JAVA_HOME", System.getProperty("java.home")), withDatabase);
    }
}
