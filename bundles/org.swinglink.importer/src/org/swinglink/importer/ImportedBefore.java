package org.swinglink.importer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The completed import that already stored a file's exact bytes (same SHA-256), so importing the
 * file again would skip it.
 *
 * @param importSessionId that import's session
 * @param importedAt      when it ran
 * @param fileNames       the files it read, as the user named them
 */
public record ImportedBefore(String importSessionId, Instant importedAt, List<String> fileNames) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** An import of a season's folder reads hundreds of files: a few name it well enough. */
    private static final int FILES_NAMED = 3;

    public ImportedBefore {
        fileNames = List.copyOf(fileNames);
    }

    /** The import as people recognise it: {@code the import of 2024-10-14 17:02 (a.csv, b.csv and 3 more)}. */
    public String label(ZoneId zone) {
        StringBuilder label = new StringBuilder("the import of ").append(WHEN.format(importedAt.atZone(zone)));
        if (!fileNames.isEmpty()) {
            label.append(" (").append(String.join(", ", fileNames.subList(0, Math.min(FILES_NAMED, fileNames.size()))));
            if (fileNames.size() > FILES_NAMED) {
                label.append(" and ").append(fileNames.size() - FILES_NAMED).append(" more");
            }
            label.append(')');
        }
        return label.toString();
    }
}
