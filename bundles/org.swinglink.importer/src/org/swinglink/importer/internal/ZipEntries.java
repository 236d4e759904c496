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
 * the target folder, archives inside the archive, more entries or more bytes than any season of
 * exports needs, and compression no CSV reaches (a ZIP bomb). Sizes are counted while inflating:
 * the sizes an archive declares can lie. Links are never created: a symbolic-link entry unpacks as
 * a small file holding the link's target, which no source recognises. Entries are written under
 * names every platform takes ({@link PortableFileName}); reports name them as the archive does.
 */
final class ZipEntries {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;
    /** Real CSV exports compress about 5-15:1; far beyond that is a bomb, once there is enough to judge by. */
    static final int MAX_RATIO = 200;
    static final long RATIO_CHECKED_FROM_BYTES = 64L * 1024 * 1024;

    record Entry(Path path, String displayName) {
    }

    private ZipEntries() {
    }

    static List<Entry> unpack(Path zip, String zipDisplayName, Path target) throws ImportException {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (CountingStream compressed = new CountingStream(Files.newInputStream(zip));
                ZipInputStream in = new ZipInputStream(compressed)) {
            Files.createDirectories(target);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                // Checked before anything is skipped: "../x" must be refused, not mistaken for a hidden file.
                if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
                    throw new ImportException(zipDisplayName + ": entry '" + name + "' points outside the archive; refusing the ZIP");
                }
                if (entry.isDirectory() || isMetadata(name)) {
                    continue;
                }
                if (FileArchive.isZipName(name)) {
                    throw new ImportException(zipDisplayName + ": entry '" + name + "' is itself a ZIP archive; SwingLink opens"
                            + " one level of archives, so unpack it and import its files");
                }
                if (entries.size() == MAX_ENTRIES) {
                    throw new ImportException(zipDisplayName + ": more than " + MAX_ENTRIES + " entries; split the archive");
                }
                // Each entry in a folder of its own under a name this disk takes: the entry's may not be.
                Path out = target.resolve(Integer.toString(entries.size())).resolve(PortableFileName.of(baseName(name)));
                Files.createDirectories(out.getParent());
                total += copy(in, out, new Budget(total, compressed), zipDisplayName + ": entry '" + name + "'");
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

    private static long copy(InputStream in, Path out, Budget budget, String where) throws IOException, ImportException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (OutputStream os = Files.newOutputStream(out)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                written += read;
                budget.check(written, where);
                os.write(buffer, 0, read);
            }
        }
        return written;
    }

    /** The bytes unpacked so far against the limits, with the compressed bytes read so far. */
    private record Budget(long before, CountingStream compressed) {
        void check(long entryBytes, String where) throws ImportException {
            long total = before + entryBytes;
            if (total > MAX_TOTAL_BYTES) {
                throw new ImportException(where + ": the archive unpacks to more than " + (MAX_TOTAL_BYTES >> 30)
                        + " GB; refusing it");
            }
            if (total > RATIO_CHECKED_FROM_BYTES && total / Math.max(1, compressed.count()) > MAX_RATIO) {
                throw new ImportException(where + ": compressed more than " + MAX_RATIO + ":1 (" + (total >> 20) + " MB from "
                        + Math.max(1, compressed.count() >> 10) + " KB so far), which no export is; refusing a possible ZIP bomb");
            }
        }
    }

    /** Counts the archive's bytes as the inflater takes them. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static String baseName(String entryName) {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }

    /** Folders macOS and editors add to archives; never exports. */
    private static boolean isMetadata(String name) {
        return name.startsWith("__MACOSX/") || name.contains("/.") || name.startsWith(".");
    }
}
