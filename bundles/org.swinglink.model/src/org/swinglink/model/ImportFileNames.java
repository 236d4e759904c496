package org.swinglink.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An import named as an analyst knows it, by its files rather than its id; both front ends print it.
 * A ZIP or a folder stands for the files read from it ("october.zip (610 files)").
 */
public final class ImportFileNames {
    /** Beyond this many names a label says how many more there are. */
    static final int MAX_NAMES = 4;
    private static final String IN_ZIP = "!/";

    private ImportFileNames() {
    }

    /**
     * The files of an import, e.g. "Metrics - Jane Doe.csv, jane-doe-2024-10-14.csv",
     * "october.zip (610 files)" or "a.csv, b.csv, c.csv, d.csv and 3 more".
     *
     * @param fileNames the import's file names as stored ({@link ImportSession#getFileNames()}): files
     *                  read from a ZIP are named "october.zip!/entry.csv", from a folder "folder/file.csv"
     */
    public static String label(List<String> fileNames) {
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
                names.add(container + " (" + files.size() + " files)");
            }
        });
        if (names.size() <= MAX_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_NAMES)) + " and " + (names.size() - MAX_NAMES) + " more";
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
