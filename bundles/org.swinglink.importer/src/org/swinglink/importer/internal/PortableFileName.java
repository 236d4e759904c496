package org.swinglink.importer.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A file name every platform's disk takes, for the working copy of an archive entry whose own name
 * may not be: Windows refuses {@code <>:"|?*}, control characters, names ending in a dot or a space
 * and device names (CON, NUL, COM1...), and file systems refuse names over 255 bytes. Users never see
 * it: reports name the entry as it is in the archive.
 */
final class PortableFileName {
    private static final Pattern REFUSED_CHARACTERS = Pattern.compile("[<>:\"|?*\\\\/\\p{Cntrl}]");
    private static final Pattern TRAILING_DOTS_AND_SPACES = Pattern.compile("[. ]+$");
    private static final Pattern DEVICE_NAME = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
    /** Well under 255 bytes, so that a suffix added later still fits. */
    private static final int MAX_BYTES = 200;
    /** An extension longer than this is part of the name, not what tells a CSV from a ZIP. */
    private static final int MAX_EXTENSION = 10;

    private PortableFileName() {
    }

    static String of(String name) {
        String portable = TRAILING_DOTS_AND_SPACES.matcher(REFUSED_CHARACTERS.matcher(name).replaceAll("_")).replaceAll("");
        if (portable.isEmpty()) {
            portable = "entry";
        }
        if (DEVICE_NAME.matcher(portable).matches()) {
            portable = "_" + portable;
        }
        return shortened(portable);
    }

    /** Cut to {@link #MAX_BYTES} of UTF-8 between characters, the extension kept. */
    private static String shortened(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        while (utf8Length(stem) + utf8Length(extension) > MAX_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem + extension;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
