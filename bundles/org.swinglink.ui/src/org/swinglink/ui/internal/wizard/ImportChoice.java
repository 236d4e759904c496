package org.swinglink.ui.internal.wizard;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.swinglink.importer.FilePreview;
import org.swinglink.importer.ImportRequest;
import org.swinglink.importer.MatchSettings;
import org.swinglink.source.api.ReadOptions;
import org.swinglink.ui.internal.UiPreferences;

/** What the user has chosen so far on the wizard's pages; turns into an {@link ImportRequest} at Finish. */
final class ImportChoice {
    private final List<Path> paths = new ArrayList<>();
    private boolean bulk = true;
    private String playerName = "";
    private List<FilePreview> previews = List.of();
    /** Files of the preview the user unticked, by {@link FilePreview#fileName()}; kept when the preview is read again. */
    private final Set<String> leftOut = new HashSet<>();
    /** The paths {@link #previews} were read from. */
    private List<Path> previewed;
    /** Zone by source id, for the sources the preview found. */
    private final Map<String, ZoneId> zones = new LinkedHashMap<>();
    private boolean skipBadRows = true;
    private Long offsetMillis;
    private Long toleranceMillis;

    ImportChoice(List<Path> initialPaths) {
        paths.addAll(initialPaths);
    }

    List<Path> paths() {
        return List.copyOf(paths);
    }

    void add(Path path) {
        if (!paths.contains(path)) {
            paths.add(path);
        }
    }

    void remove(Path path) {
        paths.remove(path);
    }

    boolean bulk() {
        return bulk;
    }

    void bulk(boolean value) {
        bulk = value;
    }

    String playerName() {
        return playerName;
    }

    void playerName(String name) {
        playerName = name == null ? "" : name.strip();
    }

    List<FilePreview> previews() {
        return previews;
    }

    void previews(List<FilePreview> value, List<Path> of) {
        previews = List.copyOf(value);
        previewed = List.copyOf(of);
    }

    boolean chosen(String fileName) {
        return !leftOut.contains(fileName);
    }

    void choose(String fileName, boolean chosen) {
        if (chosen) {
            leftOut.remove(fileName);
        } else {
            leftOut.add(fileName);
        }
    }

    /** The previewed files that are ticked for import. */
    List<FilePreview> chosenPreviews() {
        return previews.stream().filter(p -> chosen(p.fileName())).toList();
    }

    /** The preview is missing or no longer matches the chosen paths. */
    boolean needsPreview() {
        return !paths.equals(previewed);
    }

    void zone(String sourceId, ZoneId zone) {
        zones.put(sourceId, zone);
    }

    void skipBadRows(boolean value) {
        skipBadRows = value;
    }

    void matching(Long offset, Long tolerance) {
        offsetMillis = offset;
        toleranceMillis = tolerance;
    }

    ImportRequest request(String analyst) {
        ReadOptions options = new ReadOptions(UiPreferences.defaultZone());
        ImportRequest request = bulk ? ImportRequest.bulk(paths, options, analyst)
                : ImportRequest.perPlayer(playerName, paths, options, analyst);
        for (Map.Entry<String, ZoneId> zone : zones.entrySet()) {
            if (!zone.getValue().equals(options.zone())) {
                request = request.withZone(zone.getKey(), zone.getValue());
            }
        }
        // exactly the files the preview showed ticked: a file added to a folder since is not imported unseen
        Set<String> files = chosenPreviews().stream().map(FilePreview::fileName).collect(Collectors.toSet());
        return request.withSkipBadRows(skipBadRows).withMatching(new MatchSettings(offsetMillis, toleranceMillis))
                .withFiles(files);
    }
}
