package org.swinglink.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which player names are compared: devices spell the same person differently
 * ("KISER, Klayton", "klayton  kiser", "Klaytón Kiser"), so case, accents, punctuation and
 * word order must not matter.
 */
public final class PlayerNames {
    private PlayerNames() {
    }

    public static String key(String displayName) {
        String plain = Normalizer.normalize(displayName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        if (plain.contains(",")) {
            // "Last, First" -> "First Last"
            int comma = plain.indexOf(',');
            plain = plain.substring(comma + 1) + " " + plain.substring(0, comma);
        }
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Collapses the whitespace of a name as read from a file, for display. */
    public static String clean(String displayName) {
        return displayName.strip().replaceAll("\\s+", " ");
    }
}
