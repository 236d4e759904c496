package org.swinglink.source.blast.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a Metrics export says whose swings it holds: it has no player column. */
final class PlayerNames {
    /** {@code Metrics - First Last.csv}, a browser's {@code (1)} copy suffix, any extension or case. */
    private static final Pattern METRICS_FILE = Pattern
            .compile("(?i)metrics\\s*[-\u2013_]\\s*(?<name>.*?\\p{L}.*?)(?:\\s*\\(\\d+\\))?");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    /** A metadata line's label that clearly means the player. */
    private static final Pattern PLAYER_LABEL = Pattern.compile("(?i)(?:player|player name|athlete|athlete name|name)\\s*:?");
    private static final Pattern PLAYER_LABEL_AND_NAME = Pattern
            .compile("(?i)(?:player|player name|athlete|athlete name|name)\\s*:\\s*(?<name>\\S.*)");

    private PlayerNames() {
    }

    static Optional<String> fromFileName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        Matcher matcher = METRICS_FILE.matcher(EXTENSION.matcher(name.strip()).replaceFirst("").strip());
        return matcher.matches() ? Optional.of(matcher.group("name").strip()) : Optional.empty();
    }

    /**
     * The player named by a metadata line above the header: {@code Player,First Last},
     * {@code Player: First Last} or {@code Name,First Last}. A bare name on a line of its own is
     * not taken: it cannot be told from an academy or team name.
     */
    static Optional<String> fromPreamble(List<List<String>> lines) {
        for (List<String> cells : lines) {
            List<String> values = cells.stream().filter(cell -> !cell.isBlank()).toList();
            if (values.isEmpty()) {
                continue;
            }
            if (values.size() >= 2 && PLAYER_LABEL.matcher(values.get(0)).matches()) {
                return Optional.of(values.get(1));
            }
            Matcher labelAndName = PLAYER_LABEL_AND_NAME.matcher(values.get(0));
            if (labelAndName.matches()) {
                return Optional.of(labelAndName.group("name").strip());
            }
        }
        return Optional.empty();
    }
}
