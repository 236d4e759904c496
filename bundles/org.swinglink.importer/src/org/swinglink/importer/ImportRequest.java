package org.swinglink.importer;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.swinglink.model.ImportType;
import org.swinglink.source.api.ReadOptions;

/**
 * What to import and how.
 *
 * @param type        per player (every file belongs to {@code playerName}) or bulk (players detected)
 * @param playerName  the player of a per-player import; null for bulk
 * @param inputs      files; for bulk also folders (read recursively) and ZIP archives
 * @param options     how to read the files (time zone of local timestamps)
 * @param analyst     who runs the import, recorded on the import session
 * @param matching    clock offset and tolerance for pairing, automatic unless the user overrides them
 * @param skipBadRows true: rows that cannot be read are reported and the rest imports; false: any
 *                    such row fails the whole import
 * @param zoneBySource time zone of a source's local timestamps where it differs from {@code options}
 *                    (a sensor app set to another zone than the HitTrax PC), by source id
 * @param files       which of the inputs' files to import, named as {@link FilePreview#fileName()} names
 *                    them (a folder's or ZIP's files one by one); empty: every file
 */
public record ImportRequest(ImportType type, String playerName, List<Path> inputs, ReadOptions options, String analyst,
        MatchSettings matching, boolean skipBadRows, Map<String, ZoneId> zoneBySource, Set<String> files) {

    public ImportRequest {
        Objects.requireNonNull(type, "type");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(analyst, "analyst");
        Objects.requireNonNull(matching, "matching");
        zoneBySource = Map.copyOf(zoneBySource);
        files = Set.copyOf(files);
        if (type == ImportType.PER_PLAYER && (playerName == null || playerName.isBlank())) {
            throw new IllegalArgumentException("A per-player import needs a player name.");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("An import needs at least one file.");
        }
    }

    /** Every file belongs to one player; by default any unreadable row fails the import. */
    public static ImportRequest perPlayer(String playerName, List<Path> files, ReadOptions options, String analyst) {
        return new ImportRequest(ImportType.PER_PLAYER, playerName, files, options, analyst, MatchSettings.automatic(), false, Map.of(), Set.of());
    }

    /** Files, folders and ZIPs of many players; by default unreadable rows are reported and skipped. */
    public static ImportRequest bulk(List<Path> inputs, ReadOptions options, String analyst) {
        return new ImportRequest(ImportType.BULK, null, inputs, options, analyst, MatchSettings.automatic(), true, Map.of(), Set.of());
    }

    public ImportRequest withMatching(MatchSettings settings) {
        return new ImportRequest(type, playerName, inputs, options, analyst, settings, skipBadRows, zoneBySource, files);
    }

    public ImportRequest withSkipBadRows(boolean skip) {
        return new ImportRequest(type, playerName, inputs, options, analyst, matching, skip, zoneBySource, files);
    }

    /** Reads the files of one source in another time zone than the others. */
    public ImportRequest withZone(String sourceId, ZoneId zone) {
        Map<String, ZoneId> zones = new HashMap<>(zoneBySource);
        zones.put(sourceId, zone);
        return new ImportRequest(type, playerName, inputs, options, analyst, matching, skipBadRows, zones, files);
    }

    /**
     * Imports only these of the inputs' files (the others of a folder or ZIP are left out, not even
     * archived); empty: every file.
     */
    public ImportRequest withFiles(Set<String> chosen) {
        return new ImportRequest(type, playerName, inputs, options, analyst, matching, skipBadRows, zoneBySource, chosen);
    }

    /** Whether the file the preview calls {@code fileName} is to be imported. */
    public boolean imports(String fileName) {
        return files.isEmpty() || files.contains(fileName);
    }

    /** How to read the files of one source. */
    public ReadOptions optionsFor(String sourceId) {
        ZoneId zone = zoneBySource.get(sourceId);
        return zone == null ? options : new ReadOptions(zone);
    }

    /** The zone local times are read in, then each source read in another: "America/Chicago; blast: UTC". */
    public String describeZones() {
        StringBuilder zones = new StringBuilder(options.zone().getId());
        zoneBySource.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> zones.append("; ").append(entry.getKey()).append(": ").append(entry.getValue().getId()));
        return zones.toString();
    }
}
