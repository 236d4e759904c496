package org.swinglink.dropins.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The framework remembers installed bundles from one start to the next. FileInstall cleans up after
 * jars removed from the folder it watches, but not after a folder it no longer watches (the user
 * chose another one) or whose jar vanished with it: those bundles would live on as parsers nobody
 * dropped in. Plain {@code file:} locations are FileInstall's; the products' own bundles are
 * installed by reference ({@code reference:file:}).
 */
public final class StaleDropins {
    private StaleDropins() {
    }

    /** Uninstalls drop-in bundles whose jar is gone or lies outside {@code folder}; returns their locations. */
    public static List<String> uninstall(BundleContext context, Path folder) {
        Path current = folder.toAbsolutePath().normalize();
        List<Bundle> stale = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0 || !bundle.getLocation().startsWith("file:")) {
                continue;
            }
            Optional<Path> file = BundleLocations.fileOf(bundle);
            if (file.isPresent() && (!Files.exists(file.get()) || !current.equals(file.get().getParent()))) {
                stale.add(bundle);
            }
        }
        List<String> removed = new ArrayList<>();
        for (Bundle bundle : stale) {
            try {
                bundle.uninstall();
                removed.add(bundle.getLocation());
            } catch (BundleException | IllegalStateException e) {
                // the sources listing still shows it with its origin; the log says why it stayed
                System.getLogger(StaleDropins.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not uninstall the stale drop-in " + bundle.getLocation(), e);
            }
        }
        if (!removed.isEmpty()) {
            context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
        }
        return removed;
    }
}
