package org.swinglink.importer;

import java.time.Instant;
import java.util.List;

/**
 * What importing one file would bring, read without storing anything: for the import wizard.
 *
 * @param fileName   the file as the user knows it
 * @param sourceName the source that claims it, null when none does
 * @param confidence how sure that source is (0 when none claims it)
 * @param records    rows that read as records
 * @param badRows    rows that cannot be read
 * @param players    player names found in its rows or its file name, in order of first appearance
 * @param first      earliest time in the file, null when none
 * @param last       latest time in the file, null when none
 * @param problem    why the file cannot be imported, null when it can
 */
public record FilePreview(String fileName, String sourceName, int confidence, int records, int badRows,
        List<String> players, Instant first, Instant last, String problem) {

    public FilePreview {
        players = List.copyOf(players);
    }
}
