package org.swinglink.ui.internal.parts;

import java.time.ZoneId;
import java.util.List;

import org.swinglink.model.ImportFileNames;
import org.swinglink.model.ImportSession;

/**
 * How an import is named to an analyst: by its files, as they knew them, not by its id. A ZIP or a
 * folder stands for the files read from it ("october.zip (610 files)").
 */
public final class ImportLabels {
    private ImportLabels() {
    }

    /**
     * The files of an import, e.g. "Metrics - Jane Doe.csv, jane-doe-2024-10-14.csv",
     * "october.zip (610 files)" or "a.csv, b.csv, c.csv, d.csv and 3 more".
     *
     * @param fileNames the import's file names as stored ({@link ImportSession#getFileNames()}): files
     *                  read from a ZIP are named "october.zip!/entry.csv", from a folder "folder/file.csv"
     */
    public static String files(List<String> fileNames) {
        return ImportFileNames.label(fileNames);
    }

    /**
     * An import as a choice in a list, e.g. "whoopblast-swing-data-complete.csv  (2026-11-27 17:25:16)":
     * its files, then when it was made in {@code zone}.
     */
    public static String of(ImportSession session, ZoneId zone) {
        return files(session.getFileNames()) + "  (" + Cells.time(session.getCreatedAt(), zone) + ")";
    }
}
