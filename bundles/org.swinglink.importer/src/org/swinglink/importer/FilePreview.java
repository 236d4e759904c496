package org.swinglink.importer;

import java.time.Instant;
import java.util.List;

/**
 * What importing one file would bring, read without storing anything: for the import wizard.
 *
 * @param fileName       the file as the user knows it (a folder's file as {@code folder/file.csv}, a ZIP
 *                       entry as {@code archive.zip!/entry.csv}); {@link ImportRequest#withFiles} takes these names
 * @param sourceName     the source that claims it, null when none does
 * @param confidence     how sure that source is (0 when none claims it)
 * @param records        rows that read as records
 * @param badRows        rows that cannot be read
 * @param players        player names found in its rows or its file name, in order of first appearance
 * @param first          earliest time in the file, null when none
 * @param last           latest time in the file, null when none
 * @param problem        why the file cannot be imported, null when it can
 * @param firstBadRow    why the first bad row cannot be read, naming file, line and column; null when none
 * @param importedBefore the completed import that already stored these exact bytes; null when none did
 *                       (or the preview was made without a database)
 */
public record FilePreview(String fileName, String sourceName, int confidence, int records, int badRows,
        List<String> players, Instant first, Instant last, String problem, String firstBadRow,
        ImportedBefore importedBefore) {

    public FilePreview {
        players = List.copyOf(players);
    }

    /** A file without bad rows that no import stored before. */
    public FilePreview(String fileName, String sourceName, int confidence, int records, int badRows,
            List<String> players, Instant first, Instant last, String problem) {
        this(fileName, sourceName, confidence, records, badRows, players, first, last, problem, null, null);
    }

    /** The same file, known to have been stored by {@code earlier} already. */
    public FilePreview withImportedBefore(ImportedBefore earlier) {
        return new FilePreview(fileName, sourceName, confidence, records, badRows, players, first, last, problem,
                firstBadRow, earlier);
    }
}
