package org.swinglink.source.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A file to import.
 *
 * @param path where the bytes are
 * @param name the name the user knows the file by (for a file taken out of a ZIP, its entry name);
 *             used in every message about the file
 */
public record SourceFile(Path path, String name) {

    /** Requires both the path and the name. */
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }

    /**
     * A file on disk, known by its own file name.
     *
     * @param path the file
     * @return the file, named by its file name
     */
    public static SourceFile of(Path path) {
        return new SourceFile(path, path.getFileName().toString());
    }

    /**
     * Opens the file as text with any byte order mark removed. The mark says the encoding (vendor
     * exports start with one more often than not); without one the file is read as UTF-16 when every
     * other byte is zero, as UTF-8 when it is valid UTF-8, and as Windows-1252 (Excel on Windows)
     * otherwise, so a name such as "José" arrives intact either way. A line longer than a mebichar
     * ends reading with an {@link IOException} naming the line, so no parser buffers a file without
     * line breaks.
     *
     * @return a buffered reader; the caller closes it
     * @throws IOException when the file cannot be opened
     */
    public BufferedReader openReader() throws IOException {
        InputStream bytes = Files.newInputStream(path);
        try {
            BOMInputStream withoutBom = BOMInputStream.builder()
                    .setInputStream(bytes)
                    .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                    .get();
            Charset charset = withoutBom.hasBOM() ? Charset.forName(withoutBom.getBOMCharsetName()) : TextEncoding.of(path);
            return new BufferedReader(new LineLengthLimit(new InputStreamReader(withoutBom, charset)), 1 << 16);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }
}
