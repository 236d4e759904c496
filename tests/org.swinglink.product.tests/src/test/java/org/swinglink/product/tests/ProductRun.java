package org.swinglink.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the materialized headless product, as a user starts it: the launcher script. */
record ProductRun(int exitCode, String out, String err) {
    /** Jane Doe's HitTrax session of 14 October 2024 (48 pitches), a fixture of org.swinglink.testing. */
    static final String JANE_DOE_HITTRAX = "hittrax/jane-doe-2024-10-14.csv";
    /** Her 47 Blast swings of that session, 43 of them with a ball. */
    static final String JANE_DOE_BLAST = "paired/Metrics - Jane Doe.csv";
    private static final long TIMEOUT_SECONDS = 120;

    static Path productFolder() {
        Path folder = Path.of(System.getProperty("swinglink.product"));
        if (!Files.isExecutable(folder.resolve("swinglink"))) {
            throw new IllegalStateException("No materialized product at " + folder + "; build it with scripts/build first.");
        }
        return folder;
    }

    static Path fixture(String name) {
        return Path.of(System.getProperty("swinglink.fixtures"), name);
    }

    /**
     * Runs a command on the database {@code db} in the work folder, local times read and shown in
     * America/Chicago, the zone the fixtures were recorded in.
     */
    static ProductRun onDatabaseInChicago(Path workFolder, String... arguments) throws IOException, InterruptedException {
        return onDatabaseInChicago(workFolder, Map.of(), arguments);
    }

    /** {@link #onDatabaseInChicago(Path, String...)} with extra environment variables, such as {@code SWINGLINK_JAVA_OPTS}. */
    static ProductRun onDatabaseInChicago(Path workFolder, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--db", workFolder.resolve("db").toString(), "--zone", "America/Chicago"));
        return run(workFolder, environment, all.toArray(String[]::new));
    }

    static ProductRun run(Path workFolder, String... arguments) throws IOException, InterruptedException {
        return run(workFolder, Map.of(), arguments);
    }

    /** Runs the launcher with extra environment variables, such as {@code SWINGLINK_DROPINS}. */
    static ProductRun run(Path workFolder, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(productFolder().resolve("swinglink").toString());
        command.addAll(List.of(arguments));
        return of(workFolder, environment, command);
    }

    /** Runs any command line that starts a product (another launcher, or java with a launcher jar). */
    static ProductRun of(Path workFolder, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workFolder, "out", ".txt");
        Path err = Files.createTempFile(workFolder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) { // the test's time is up: the product must not outlive it
            process.destroyForcibly();
            throw e;
        }
        return new ProductRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
