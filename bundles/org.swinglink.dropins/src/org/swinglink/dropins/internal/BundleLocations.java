package org.swinglink.dropins.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.Bundle;

/** Which file a bundle was installed from, as far as its location says (file:..., reference:file:...). */
public final class BundleLocations {
    private BundleLocations() {
    }

    public static Optional<Path> fileOf(Bundle bundle) {
        String location = bundle.getLocation();
        int file = location == null ? -1 : location.indexOf("file:");
        if (file < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URI.create(location.substring(file).replace(" ", "%20"))).toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            return Optional.of(Path.of(location.substring(file + "file:".length())).toAbsolutePath().normalize());
        }
    }

    /** Whether the bundle was installed from a file directly in {@code folder}. */
    public static boolean isIn(Bundle bundle, Path folder) {
        return fileOf(bundle).map(Path::getParent).map(folder.toAbsolutePath().normalize()::equals).orElse(false);
    }
}
