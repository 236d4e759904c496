package org.swinglink.importer.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.swinglink.importer.ImportException;
import org.swinglink.source.api.SourceFile;

/**
 * Makes working copies of the files to import (under the database folder, in a folder named after
 * the import session): folders are read recursively and ZIP archives unpacked, and what is imported
 * and then kept in the database ({@code OriginalFiles}) is always the copy, so a file changed on
 * disk meanwhile cannot make the stored rows and the kept bytes disagree.
 */
public final class FileArchive {
    private final Path target;

    /** @param target the folder the copies go to (an import session's archive folder) */
    public FileArchive(Path target) {
        this.target = target;
    }

    /** Copies (and unpacks) the inputs; returns the files to read, named as the user knows them. */
    public List<SourceFile> archive(List<Path> inputs) throws ImportException {
        return archive(inputs, name -> true);
    }

    /**
     * {@link #archive(List)}, keeping only the files whose name {@code wanted} accepts: a folder's other
     * files are not copied, a ZIP's other entries are deleted once unpacked (the ZIP itself is kept whole).
     */
    public List<SourceFile> archive(List<Path> inputs, Predicate<String> wanted) throws ImportException {
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new ImportException("Cannot write the import's working copies to " + target + " (" + e.getMessage() + ")", e);
        }
        List<SourceFile> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : filesIn(input)) {
                    add(file, input.getFileName() + "/" + input.relativize(file), wanted, used, files);
                }
            } else if (Files.isRegularFile(input)) {
                add(input, input.getFileName().toString(), wanted, used, files);
            } else {
                throw new ImportException(input + ": " + (Files.exists(input) ? "not a file or folder" : "no such file"));
            }
        }
        return files;
    }

    private void add(Path file, String displayName, Predicate<String> wanted, Set<String> used, List<SourceFile> files)
            throws ImportException {
        boolean zip = isZip(file);
        if (!zip && !wanted.test(displayName)) {
            return;
        }
        Path copy = target.resolve(uniqueName(file.getFileName().toString(), used));
        try {
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new ImportException(couldNotWrite(e, copy)
                    ? file + ": cannot write its working copy to " + target + " (" + e.getMessage() + ")"
                    : file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        if (zip) {
            Path unpacked = target.resolve(uniqueName(file.getFileName() + ".contents", used));
            for (ZipEntries.Entry entry : ZipEntries.unpack(copy, displayName, unpacked)) {
                if (wanted.test(entry.displayName())) {
                    files.add(new SourceFile(entry.path(), entry.displayName()));
                } else {
                    deleteLeftOut(entry);
                }
            }
        } else {
            files.add(new SourceFile(copy, displayName));
        }
    }

    private static void deleteLeftOut(ZipEntries.Entry entry) throws ImportException {
        try {
            Files.delete(entry.path());
        } catch (IOException e) {
            throw new ImportException(entry.displayName() + ": cannot remove the entry left out of the import ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * The folder's files, hidden ones left out. Links are not followed out of the folder: a link to a
     * file elsewhere (say /etc/passwd) would import something nobody put there.
     */
    private static List<Path> filesIn(Path directory) throws ImportException {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk
                    .filter(p -> !directory.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p))
                    .sorted()
                    .toList();
            Path inside = directory.toRealPath();
            for (Path file : files) {
                if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(inside)) {
                    throw new ImportException(directory.getFileName() + "/" + directory.relativize(file)
                            + ": a link to " + file.toRealPath() + ", outside the folder being imported; refusing it");
                }
            }
            return files;
        } catch (IOException e) {
            throw new ImportException(directory + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /** A full disk or a read-only database folder: the user must free space, not fix the file. */
    private static boolean couldNotWrite(IOException e, Path copy) {
        return e instanceof FileSystemException failed && copy.toString().equals(failed.getFile())
                || String.valueOf(e.getMessage()).contains("No space left on device");
    }

    static boolean isZip(Path file) {
        return isZipName(file.getFileName().toString());
    }

    static boolean isZipName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
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
