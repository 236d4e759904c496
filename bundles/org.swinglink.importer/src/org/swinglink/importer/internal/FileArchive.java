package org.swinglink.importer.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.swinglink.importer.ImportException;
import org.swinglink.source.api.SourceFile;
import org.swinglink.store.DatabaseFolder;

/**
 * Keeps a copy of every imported file under the database folder, in a folder named after the
 * import session, so each stored row can be traced to the bytes it came from.
 */
public final class FileArchive {
    private final DatabaseFolder folder;

    public FileArchive(DatabaseFolder folder) {
        this.folder = folder;
    }

    /** Copies the files and returns them as read from the archive, under their original names. */
    public List<SourceFile> archive(String importSessionId, List<Path> files) throws ImportException {
        Path target = folder.archiveDirectory(importSessionId);
        List<SourceFile> archived = new ArrayList<>();
        Set<String> used = new HashSet<>();
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new ImportException("Cannot create the archive folder " + target + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            }
            Path copy = target.resolve(uniqueName(name, used));
            try {
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                throw new ImportException(file + ": cannot read the file (" + e.getMessage() + ")", e);
            }
            archived.add(new SourceFile(copy, name));
        }
        return archived;
    }

    /** Two files of one import may share a name (same export name from two folders). */
    private static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = n + "-" + name;
        }
        return candidate;
    }
}
