package org.swinglink.ui.internal.timing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;

/**
 * Milestones of a workbench run for the workbench benchmark ({@code scripts/benchmark workbench}):
 * with {@code -Dswinglink.timings=FILE} each is appended to FILE as a tab-separated line of wall
 * clock milliseconds, milliseconds since the JVM started, the milestone and a detail. Without the
 * property nothing is recorded.
 */
public final class Timings {
    public static final String PROPERTY = "swinglink.timings";

    private Timings() {
    }

    public static boolean enabled() {
        return System.getProperty(PROPERTY) != null;
    }

    public static synchronized void record(String milestone, String detail) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        long now = System.currentTimeMillis();
        long sinceJvmStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        String line = now + "\t" + sinceJvmStart + "\t" + milestone + "\t" + detail + "\n";
        try {
            Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            ILog.of(Timings.class).warn("Cannot record timing in " + file, e);
        }
    }
}
