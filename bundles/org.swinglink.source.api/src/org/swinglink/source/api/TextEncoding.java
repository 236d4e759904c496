package org.swinglink.source.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The encoding of a text file that starts without a byte order mark. Exports are UTF-8 as a rule;
 * a file saved by Excel on Windows is Windows-1252 (an "é" is one byte there, invalid in UTF-8),
 * and some tools write UTF-16 without a mark, which shows as a zero byte beside every ASCII letter.
 */
final class TextEncoding {
    private static final int HEAD_BYTES = 4096;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /**
     * Verdicts by file and version: a file is opened for its sample, then for reading, and telling
     * UTF-8 from Windows-1252 reads all of it, which should happen once.
     */
    private static final Map<Version, Charset> KNOWN = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Version, Charset> eldest) {
            return size() > 256;
        }
    });

    /** A file as it is now: a changed file is judged again. */
    private record Version(Path file, long size, FileTime modified) {
        static Version of(Path file) throws IOException {
            Path absolute = file.toAbsolutePath().normalize();
            return new Version(absolute, Files.size(absolute), Files.getLastModifiedTime(absolute));
        }
    }

    static Charset of(Path file) throws IOException {
        Version version = Version.of(file);
        Charset known = KNOWN.get(version);
        if (known != null) {
            return known;
        }
        Charset judged = judge(file);
        KNOWN.put(version, judged);
        return judged;
    }

    private static Charset judge(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Charset utf16 = utf16ByZeroBytes(head);
        if (utf16 != null) {
            return utf16;
        }
        return isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** ASCII text in UTF-16 has a zero in every other byte: odd positions for little-endian, even for big. */
    private static Charset utf16ByZeroBytes(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isUtf8(Path file) throws IOException {
        try (Reader strict = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[1 << 16];
            while (strict.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
