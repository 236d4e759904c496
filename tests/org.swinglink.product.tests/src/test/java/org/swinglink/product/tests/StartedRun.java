package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A run of the headless product in a process of its own, not waited for, and where its output goes;
 * an import in it can be held before its commit ({@code -Dswinglink.import.hold}) while a test
 * looks at what another process sees meanwhile.
 */
record StartedRun(Process process, Path out, Path err) {
    /**
     * Starts the launcher with {@code arguments} and extra environment variables; {@code hold}: the
     * file whose existence releases its import held before the commit, or null to hold nothing.
     */
    static StartedRun start(Path workFolder, Map<String, String> environment, Path hold, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProductRun.productFolder().resolve("swinglink").toString()));
        command.addAll(arguments);
        Path out = Files.createTempFile(workFolder, "out", ".txt");
        Path err = Files.createTempFile(workFolder, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        if (hold != null) { // SWINGLINK_JAVA_OPTS replaces the launcher's options for a small import: keep them
            builder.environment().put("SWINGLINK_JAVA_OPTS", "-Xmx1g -XX:TieredStopAtLevel=1 -Dswinglink.import.hold=" + hold);
        }
        return new StartedRun(builder.start(), out, err);
    }

    /** Waits until the import, started with {@code release} as its hold file, has its rows written and waits to commit. */
    void awaitCommitPoint(Path release) throws Exception {
        Path reached = Path.of(release + ".reached");
        for (int i = 0; i < 2400 && !Files.exists(reached) && process.isAlive(); i++) {
            Thread.sleep(50);
        }
        if (!Files.exists(reached)) {
            fail("the import did not reach its commit: " + ended());
        }
    }

    ProductRun ended() throws Exception {
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "an import did not end");
        } catch (InterruptedException e) { // the test's time is up: the product must not outlive it
            process.destroyForcibly();
            throw e;
        }
        return new ProductRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
