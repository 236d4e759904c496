package org.swinglink.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Says why a database folder cannot be used and what SwingLink expected there, before Derby is
 * asked: EclipseLink would report any of these as "No suitable driver found for jdbc:derby:...".
 */
final class UnusableFolder {
    private static final String EXPECTED = " SwingLink keeps its embedded database in a folder it may write to: a new or empty folder,"
            + " or one holding a SwingLink database (--db DIR); a shared server is named by its address,"
            + " postgresql://[user@]host[:port]/dbname.";
    /** What SwingLink itself puts into a database folder; anything else means the folder is someone else's. */
    private static final Set<String> OWN_ENTRIES = Set.of("derby", "work", "archive", "derby.log", "eclipselink.log", DatabaseFolder.LOG,
            DatabaseFolder.WATCH_LOG, DatabaseOwner.FILE_NAME);

    private UnusableFolder() {
    }

    static StoreException cannotCreate(Path root, IOException e) {
        return new StoreException("Cannot create the database folder " + root + ": " + reason(root, e) + "." + EXPECTED, e);
    }

    static StoreException notWritable(Path root) {
        return new StoreException("The database folder " + root + " is not writable." + EXPECTED);
    }

    /**
     * Refuses to make a database in a folder that holds files of its own and none of SwingLink's,
     * such as a folder of exports named by mistake.
     */
    static void refuseForeign(DatabaseFolder folder) {
        otherFile(folder).ifPresent(name -> {
            throw new StoreException(holdsOtherFiles(folder.root(), name));
        });
    }

    static String holdsOtherFiles(Path root, String example) {
        return "There is no SwingLink database in " + root + ", and it holds other files (" + example + "), so none is made there."
                + EXPECTED;
    }

    /** The first file or folder that SwingLink did not put there, in a folder without a database; none when the folder is missing. */
    static Optional<String> otherFile(DatabaseFolder folder) {
        if (folder.holdsDatabase() || !Files.isDirectory(folder.root())) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder.root())) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !OWN_ENTRIES.contains(name)).sorted().findFirst();
        } catch (IOException e) {
            throw new StoreException("Cannot read the database folder " + folder.root() + ": " + reason(folder.root(), e) + "." + EXPECTED, e);
        }
    }

    /** In words: a file in the way, no permission, or what the file system said. */
    private static String reason(Path root, IOException e) {
        Path wanted = root.toAbsolutePath();
        Path existing = wanted;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || Files.isDirectory(existing)) {
            return permissionOr(e, existing);
        }
        return (existing.equals(wanted) ? "it is a file" : existing + " is a file") + ", not a folder";
    }

    private static String permissionOr(IOException e, Path folderAbove) {
        if (e instanceof AccessDeniedException || (folderAbove != null && !Files.isWritable(folderAbove))) {
            return "no permission to write in " + (folderAbove == null ? "its parent folder" : folderAbove);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        // /proc and the like: the path is all the exception says
        return folderAbove == null ? e.getMessage() : folderAbove + " does not take new folders";
    }
}
