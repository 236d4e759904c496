package org.swinglink.ui.internal.timing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Records, for the workbench benchmark, how long each background load took from its start until its
 * rows were handed to the view, and lets {@link StartupTimer} go on once a load it started has
 * shown. Called on the UI thread only; does nothing unless {@link Timings} are enabled.
 */
public final class LoadTimer {
    private static final Map<String, Runnable> WAITING = new HashMap<>();

    private LoadTimer() {
    }

    /** Runs {@code action}, then {@code next} once the load named {@code loadName} has shown its result. */
    static void after(String loadName, Runnable next, Runnable action) {
        WAITING.put(loadName, next);
        action.run();
    }

    /** A load has shown {@code result} after {@code startedNanos}. */
    public static void shown(String loadName, Object result, long startedNanos) {
        if (!Timings.enabled()) {
            return;
        }
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        String rows = result instanceof Collection<?> collection ? collection.size() + " rows" : "";
        Timings.record("shown", loadName + "\t" + millis + " ms\t" + rows);
        Runnable next = WAITING.remove(loadName);
        if (next != null) {
            next.run();
        }
    }
}
