package org.swinglink.importer;

/**
 * What one file contributed to an import.
 *
 * @param fileName        the file as the user named it (a ZIP entry as {@code archive.zip!/entry.csv})
 * @param sourceId        the source that read it
 * @param sourceName      its display name
 * @param confidence      how sure that source was that the file is its format
 * @param records         records stored from the file (0 when skipped)
 * @param skippedRows     rows that could not be read and were left out
 * @param duplicateOf     the import that already stored this exact file, when it was skipped for that; else null
 * @param pairedInFile    of its records, sensor swings the file itself paired with its events (a HitTrax
 *                        export with a linked sensor's columns); each stored beside its event
 */
public record FileReport(String fileName, String sourceId, String sourceName, int confidence, int records,
        int skippedRows, String duplicateOf, int pairedInFile) {

    /** A file skipped because this import or an earlier one stored the same bytes. */
    public static FileReport skipped(String fileName, String sourceId, String sourceName, int confidence,
            String duplicateOf) {
        return new FileReport(fileName, sourceId, sourceName, confidence, 0, 0, duplicateOf, 0);
    }

    public boolean skippedAsDuplicate() {
        return duplicateOf != null;
    }
}
