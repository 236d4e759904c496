package org.swinglink.importer;

import org.swinglink.matching.MatchOptions;

/**
 * The user's say in pairing: a known clock offset (HitTrax clock minus sensor clock) instead of
 * estimating it, and a tolerance other than the default.
 *
 * @param fixedOffsetMillis null to estimate the offset from the data
 * @param toleranceMillis   null for the default
 */
public record MatchSettings(Long fixedOffsetMillis, Long toleranceMillis) {

    public MatchSettings {
        if (toleranceMillis != null && toleranceMillis <= 0) {
            throw new IllegalArgumentException("The matching tolerance must be positive, not " + toleranceMillis + " ms");
        }
    }

    public static MatchSettings automatic() {
        return new MatchSettings(null, null);
    }

    public MatchOptions toOptions() {
        MatchOptions options = MatchOptions.defaults();
        if (toleranceMillis != null) {
            options = options.withTolerance(toleranceMillis);
        }
        return fixedOffsetMillis == null ? options : options.withFixedOffset(fixedOffsetMillis);
    }
}
