package org.swinglink.cli.internal;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.swinglink.dropins.SourceInventory;
import org.swinglink.importer.Importer;

/** The OSGi services the commands use, waited for with a timeout and a message that says what is missing. */
final class OsgiServices implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 30;

    private final ServiceTracker<Importer, Importer> importer;
    private final ServiceTracker<SourceInventory, SourceInventory> inventory;

    OsgiServices(BundleContext context) {
        importer = new ServiceTracker<>(context, Importer.class, null);
        importer.open();
        inventory = new ServiceTracker<>(context, SourceInventory.class, null);
        inventory.open();
    }

    Importer importer() {
        return await(importer, "importer");
    }

    SourceInventory inventory() {
        return await(inventory, "source inventory");
    }

    private static <T> T await(ServiceTracker<T, T> tracker, String what) {
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            if (service == null) {
                throw new IllegalStateException("The SwingLink " + what + " service did not start within "
                        + TIMEOUT_SECONDS + " s; is the org.swinglink.importer bundle installed and resolved?");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the " + what + " service", e);
        }
    }

    @Override
    public void close() {
        importer.close();
        inventory.close();
    }
}
