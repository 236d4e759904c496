package org.swinglink.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.FrameworkUtil;

/** Copies the fixture files of this bundle ({@code fixtures/...}) to real files a test can import. */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * @param name path below {@code fixtures/}, e.g. {@code hittrax/jane-doe-2024-10-14.csv}
     * @param into folder to copy into (a test's temporary folder)
     */
    public static Path copy(String name, Path into) {
        return copyAs(name, into, Path.of(name).getFileName().toString());
    }

    /**
     * Copies a fixture under another file name, one that names no player or another one, say.
     *
     * @param name     path below {@code fixtures/}
     * @param into     folder to copy into
     * @param fileName the copy's name
     */
    public static Path copyAs(String name, Path into, String fileName) {
        URL entry = FrameworkUtil.getBundle(Fixtures.class).getEntry("fixtures/" + name);
        if (entry == null) {
            throw new IllegalArgumentException("No fixture fixtures/" + name + " in bundle org.swinglink.testing");
        }
        Path target = into.resolve(fileName);
        try (InputStream in = entry.openStream()) {
            Files.createDirectories(into);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy fixture " + name, e);
        }
    }
}
