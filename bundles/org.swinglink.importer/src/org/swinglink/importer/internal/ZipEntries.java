package org.swinglink.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.swinglink.importer.ImportException;

/**
 * Unpacks a ZIP of exports, refusing what does not belong in one: entries that would land outside
 * the target folder, more entries or more bytes than any season of exports needs.
 */
final class ZipEntries {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;

    record Entry(Path path, String displayName) {
    }

    private ZipEntries() {
    }

    static List<Entry> unpack(Path zip, String zipDisplayName, Path target) throws ImportException {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Files.createDirectories(target);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                Path out = target.resolve(name).normalize();
                // Checked before anything is skipped: "../x" must be refused, not mistaken for a hidden file.
                if (!out.startsWith(target) || name.startsWith("/") || name.contains("\\")) {
                    throw new ImportException(zipDisplayName + ": entry '" + name + "' points outside the archive; refusing the ZIP");
                }
                if (entry.isDirectory() || isMetadata(name)) {
                    continue;
                }
                if (entries.size() == MAX_ENTRIES) {
                    throw new ImportException(zipDisplayName + ": more than " + MAX_ENTRIES + " entries; split the archive");
                }
                Files.createDirectories(out.getParent());
                total += copy(in, out, MAX_TOTAL_BYTES - total, zipDisplayName);
                entries.add(new Entry(out, zipDisplayName + "!/" + name));
            }
        } catch (IOException e) {
            throw new ImportException(zipDisplayName + ": not a readable ZIP archive (" + e.getMessage() + ")", e);
        }
        if (entries.isEmpty()) {
            throw new ImportException(zipDisplayName + ": the ZIP archive holds no files");
        }
        return entries;
    }

    private static long copy(InputStream in, Path out, long allowed, String zipDisplayName) throws IOException, ImportException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (OutputStream os = Files.newOutputStream(out)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                written += read;
                if (written > allowed) {
                    throw new ImportException(zipDisplayName + ": unpacks to more than " + (MAX_TOTAL_BYTES >> 30) + " GB; refusing it");
                }
                os.write(buffer, 0, read);
            }
        }
        return written;
    }

    /** Folders macOS and editors add to archives; never exports. */
    private static boolean isMetadata(String name) {
        return name.startsWith("__MACOSX/") || name.contains("/.") || name.startsWith(".");
    }
}
