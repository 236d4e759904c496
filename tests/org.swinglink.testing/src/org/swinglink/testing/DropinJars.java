package org.swinglink.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Jars for a drop-ins folder that SwingLink must list but cannot use, written on the spot. Plain
 * Java (no OSGi), so plain Maven modules use it as a jar too.
 */
public final class DropinJars {
    private DropinJars() {
    }

    /** {@code future-api.jar}: a bundle that needs version 2 of the source API, which this SwingLink does not have. */
    public static Path futureApi(Path folder) throws IOException {
        return withManifest(folder.resolve("future-api.jar"), """
                Manifest-Version: 1.0
                Bundle-ManifestVersion: 2
                Bundle-SymbolicName: com.example.future
                Bundle-Version: 2.0.0
                Import-Package: org.swinglink.source.api;version="[2.0,3)"
                """);
    }

    /** A jar holding nothing but this manifest. */
    public static Path withManifest(Path jar, String manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
