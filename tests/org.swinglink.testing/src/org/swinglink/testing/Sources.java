package org.swinglink.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.util.tracker.ServiceTracker;
import org.swinglink.source.api.SwingSource;

/** Finds a {@link SwingSource} registered in the OSGi runtime by its id, as the importer would. */
public final class Sources {
    private static final long TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(20);

    private Sources() {
    }

    public static SwingSource await(String id) {
        ServiceTracker<SwingSource, SwingSource> tracker = new ServiceTracker<>(Services.context(), SwingSource.class, null);
        tracker.open(); // left open: closing would let DS dispose the source under the test
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        List<String> seen = new ArrayList<>();
        while (System.currentTimeMillis() < deadline) {
            seen.clear();
            for (Object service : tracker.getServices() == null ? new Object[0] : tracker.getServices()) {
                SwingSource source = (SwingSource) service;
                if (source.id().equals(id)) {
                    return source;
                }
                seen.add(source.id());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No SwingSource '" + id + "' registered within " + TIMEOUT_MILLIS + " ms; registered: " + seen);
    }
}
