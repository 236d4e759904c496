package org.swinglink.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** A product archive as a user downloads it: each file's path, Unix mode and bytes (folders left out). */
final class ProductArchive {
    record Entry(String name, int mode, byte[] content) {
        boolean executable() {
            return (mode & 0100) != 0;
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final Path file;
    private final Map<String, Entry> files;

    private ProductArchive(Path file, Map<String, Entry> files) {
        this.file = file;
        this.files = files;
    }

    static ProductArchive read(Path file) throws IOException {
        Map<String, Entry> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ArchiveInputStream<? extends ArchiveEntry> archive = open(file, in)) {
            for (ArchiveEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), new Entry(entry.getName(), modeOf(entry), archive.readAllBytes()));
                }
            }
        }
        return new ProductArchive(file, Collections.unmodifiableMap(files));
    }

    private static ArchiveInputStream<? extends ArchiveEntry> open(Path file, InputStream in) throws IOException {
        return file.toString().endsWith(".zip") ? new ZipArchiveInputStream(in)
                : new TarArchiveInputStream(new GzipCompressorInputStream(in));
    }

    private static int modeOf(ArchiveEntry entry) {
        return entry instanceof TarArchiveEntry tar ? tar.getMode() : ((ZipArchiveEntry) entry).getUnixMode();
    }

    String fileName() {
        return file.getFileName().toString();
    }

    boolean has(String name) {
        return files.containsKey(name);
    }

    /** Whether {@code name} is a file of the archive or a folder holding one. */
    boolean holds(String name) {
        return has(name) || files.keySet().stream().anyMatch(each -> each.startsWith(name + "/"));
    }

    Entry entry(String name) {
        Entry entry = files.get(name);
        if (entry == null) {
            throw new AssertionError(fileName() + " has no " + name);
        }
        return entry;
    }

    /** The files directly in {@code folder} (ending in /), by name. */
    List<String> namesIn(String folder) {
        return files.keySet().stream().filter(name -> name.startsWith(folder))
                .map(name -> name.substring(folder.length())).filter(name -> !name.contains("/")).sorted().toList();
    }

    List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** Writes every file under {@code folder}, executable where the archive says so, as tar and unzip would. */
    void extractTo(Path folder) throws IOException {
        for (Entry entry : files.values()) {
            Path target = folder.resolve(entry.name()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException(fileName() + " has an entry outside its folder: " + entry.name());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, entry.content());
            if (entry.executable()) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
