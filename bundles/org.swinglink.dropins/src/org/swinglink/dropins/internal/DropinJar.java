package org.swinglink.dropins.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What a jar in the drop-ins folder claims to be, read from its manifest without installing it, so
 * that a file the framework refuses can still be explained.
 *
 * @param file the jar
 * @param symbolicName its Bundle-SymbolicName without directives, empty when it has none
 * @param version its Bundle-Version, "0.0.0" when it names none
 * @param problem why it is not a bundle, empty when it is one
 */
public record DropinJar(Path file, String symbolicName, String version, Optional<String> problem) {

    public static DropinJar read(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                return notABundle(file, "not an OSGi bundle: the jar has no META-INF/MANIFEST.MF");
            }
            Attributes attributes = manifest.getMainAttributes();
            String name = attributes.getValue("Bundle-SymbolicName");
            if (name == null || name.isBlank()) {
                return notABundle(file, "not an OSGi bundle: no Bundle-SymbolicName in META-INF/MANIFEST.MF");
            }
            String version = attributes.getValue("Bundle-Version");
            return new DropinJar(file, name.split(";", 2)[0].trim(), version == null ? "0.0.0" : version.trim(),
                    Optional.empty());
        } catch (IOException | SecurityException e) {
            return notABundle(file, "not a jar (zip) file: " + e.getMessage());
        }
    }

    private static DropinJar notABundle(Path file, String problem) {
        return new DropinJar(file, "", "", Optional.of(problem));
    }

    public boolean isBundle() {
        return problem.isEmpty();
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
