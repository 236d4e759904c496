package org.swinglink.importer;

/**
 * What one file contributed to an import.
 *
 * @param fileName   the file as the user named it
 * @param sourceId   the source that read it
 * @param sourceName its display name
 * @param confidence how sure that source was that the file is its format
 * @param records    records read from the file
 */
public record FileReport(String fileName, String sourceId, String sourceName, int confidence, int records) {
}
