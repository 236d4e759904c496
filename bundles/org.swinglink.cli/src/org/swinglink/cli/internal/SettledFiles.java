package org.swinglink.cli.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The files of watched folders (sub-folders too) that are ready to import: seen with the same size
 * and modification time by two polls in a row, so an export still being written or copied is left
 * until it stops growing, and not handled before in that state, so each file is handled once and
 * again only after it changed. Hidden files and folders (names starting with a dot), downloads not
 * yet complete and the paths given as left out (the watch's log, the database) are not looked at.
 */
final class SettledFiles {
    /** What a poll saw of a file. */
    private record Seen(long size, FileTime modified) {
    }

    /** Browsers and editors write here first and rename when done; a stalled download must not be imported. */
    private static final List<String> UNFINISHED = List.of(".part", ".crdownload", ".tmp");

    private final List<Path> folders;
    private final List<Path> leftOut;
    private final Consumer<String> problems;
    private Set<String> lastProblems = Set.of();
    private Set<String> problemsNow = new HashSet<>();
    private Map<Path, Seen> lastPoll = Map.of();
    private final Map<Path, Seen> handled = new HashMap<>();
    private Set<Path> atStart;

    /** @param problems told of a folder or file that cannot be read, once until it can be read again */
    SettledFiles(List<Path> folders, List<Path> leftOut, Consumer<String> problems) {
        this.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        this.leftOut = leftOut.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        this.problems = problems;
    }

    /** The files that settled since the last poll and were not handled in this state, in path order. */
    List<Path> poll() {
        Map<Path, Seen> now = new TreeMap<>();
        problemsNow = new HashSet<>();
        for (Path folder : folders) {
            walk(folder, now);
        }
        problemsNow.stream().filter(p -> !lastProblems.contains(p)).sorted().forEach(problems);
        List<Path> settled = new ArrayList<>();
        now.forEach((file, seen) -> {
            // an empty file is most likely one that is about to be written
            if (seen.size() > 0 && seen.equals(lastPoll.get(file)) && !seen.equals(handled.get(file))) {
                settled.add(file);
            }
        });
        if (problemsNow.isEmpty()) { // a share that was briefly away does not make its files new
            handled.keySet().retainAll(now.keySet()); // a file removed and written again is new
        }
        lastProblems = problemsNow;
        lastPoll = now;
        if (atStart == null) {
            atStart = new HashSet<>(now.keySet());
        }
        return settled;
    }

    /** The file was imported, skipped or failed as the last poll saw it: only a change brings it back. */
    void handled(Path file) {
        handled.put(file, lastPoll.get(file));
        atStart.remove(file); // should it change, it is news
    }

    /** Whether the file was in the folders at the first poll, unchanged and not handled since. */
    boolean presentAtStart(Path file) {
        return atStart != null && atStart.contains(file);
    }

    private void walk(Path folder, Map<Path, Seen> found) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && (hidden(dir) || isLeftOut(dir)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !hidden(file) && !unfinished(file) && !isLeftOut(file)) {
                        found.put(file, new Seen(attributes.size(), attributes.lastModifiedTime()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // a file deleted between listing and reading is simply gone; anything else the user should hear of
                    if (!(e instanceof java.nio.file.NoSuchFileException) || file.equals(folder)) {
                        problemsNow.add("cannot read " + file + " (" + e.getMessage() + "); trying again while watching");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problemsNow.add("cannot read " + folder + " (" + e.getMessage() + "); trying again while watching");
        }
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static boolean unfinished(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return UNFINISHED.stream().anyMatch(name::endsWith);
    }

    private boolean isLeftOut(Path path) {
        return leftOut.stream().anyMatch(path::startsWith);
    }
}
