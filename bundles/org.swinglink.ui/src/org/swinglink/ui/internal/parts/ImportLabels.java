package org.swinglink.ui.internal.parts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.swinglink.model.ImportSession;

/**
 * How an import is named to an analyst: by its files, as they knew them, not by its id. A ZIP or a
 * folder stands for the files read from it ("october.zip (610 files)").
 */
public final class ImportLabels {
    /** Beyond this many names a label says how many more there are. */
    static final int MAX_NAMES = 4;
    private static final String IN_ZIP = "!/";

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
        if (fileNames.isEmpty()) {
            return "(no files)";
        }
        Map<String, List<String>> byContainer = new LinkedHashMap<>();
        for (String name : fileNames) {
            byContainer.computeIfAbsent(container(name), key -> new ArrayList<>()).add(name);
        }
        List<String> names = new ArrayList<>();
        byContainer.forEach((container, files) -> {
            if (files.size() == 1) {
                names.add(files.get(0));
            } else {
                names.add(container + " (" + Cells.count(files.size(), "file", "files") + ")");
            }
        });
        if (names.size() <= MAX_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_NAMES)) + " and " + (names.size() - MAX_NAMES) + " more";
    }

    /**
     * An import as a choice in a list, e.g. "whoopblast-swing-data-complete.csv  (2026-11-27 17:25:16)":
     * its files, then when it was made in {@code zone}.
     */
    public static String of(ImportSession session, ZoneId zone) {
        return files(session.getFileNames()) + "  (" + Cells.time(session.getCreatedAt(), zone) + ")";
    }

    /** The ZIP or folder a file was read from; the name itself for a file given on its own. */
    private static String container(String name) {
        int zip = name.indexOf(IN_ZIP);
        if (zip > 0) {
            return name.substring(0, zip);
        }
        int folder = name.indexOf('/');
        return folder > 0 ? name.substring(0, folder + 1) : name;
    }
}
