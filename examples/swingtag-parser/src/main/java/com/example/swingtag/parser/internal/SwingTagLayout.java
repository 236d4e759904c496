package com.example.swingtag.parser.internal;

import java.util.List;
import java.util.Locale;

/** What a SwingTag export looks like: its banner and the columns its header names. */
final class SwingTagLayout {
    static final String BANNER = "# SwingTag export";
    static final String SWING_ID = "swing_id";
    static final String RECORDED_UTC = "recorded_utc";
    static final String ATHLETE = "athlete";
    static final String TAG = "tag";
    static final String BAT_SPEED_KMH = "bat_speed_kmh";
    static final String ATTACK_ANGLE_DEG = "attack_angle_deg";
    static final String HAND_SPEED_KMH = "hand_speed_kmh";
    static final String TIME_TO_IMPACT_S = "time_to_impact_s";
    static final List<String> REQUIRED = List.of(SWING_ID, RECORDED_UTC, ATHLETE, BAT_SPEED_KMH);

    private SwingTagLayout() {
    }

    /**
     * 100 with the banner and the header, 80 with the header alone (a file someone trimmed), 0
     * otherwise: the header's column names are SwingTag's own, so no other format has them.
     */
    static int confidence(List<String> lines) {
        boolean banner = false;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith(BANNER)) {
                banner = true;
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                return isHeader(trimmed) ? (banner ? 100 : 80) : 0;
            }
        }
        return 0;
    }

    static boolean isHeader(String line) {
        List<String> names = List.of(line.toLowerCase(Locale.ROOT).split(";", -1)).stream().map(String::strip).toList();
        return names.containsAll(REQUIRED);
    }
}
