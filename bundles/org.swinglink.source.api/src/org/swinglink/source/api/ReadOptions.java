package org.swinglink.source.api;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to interpret what a file does not say itself.
 *
 * @param zone the time zone of local timestamps without a zone (HitTrax and Blast write none)
 */
public record ReadOptions(ZoneId zone) {

    /** Requires a zone. */
    public ReadOptions {
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The options of this computer.
     *
     * @return options that read local timestamps in the time zone of this computer
     */
    public static ReadOptions systemDefaults() {
        return new ReadOptions(ZoneId.systemDefault());
    }
}
