package org.swinglink.testing;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Gets real OSGi services for tests, waiting for DS to activate them. */
public final class Services {
    private static final long TIMEOUT_SECONDS = 20;

    private Services() {
    }

    public static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    /**
     * The service, or an assertion-style failure naming it when none appears in time. The tracker
     * stays open for the rest of the run: closing it would release the service and let DS dispose it.
     */
    public static <T> T await(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            if (service == null) {
                throw new AssertionError("No " + type.getName() + " service registered within " + TIMEOUT_SECONDS
                        + " s; is its bundle in the test runtime and started?");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + type.getName(), e);
        }
    }
}
