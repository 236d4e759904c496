package org.swinglink.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes folders of file copies the database no longer needs: an upgraded archive, an import's working copies. */
public final class Folders {
    private Folders() {
    }

    /** Removes {@code folder} and everything in it; what cannot be removed is left, costing disk space only. */
    public static void removeQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // what cannot be removed costs disk space only; nothing reads it
        }
    }
}
