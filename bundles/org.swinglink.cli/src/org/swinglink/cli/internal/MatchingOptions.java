package org.swinglink.cli.internal;

import org.swinglink.importer.MatchSettings;

import picocli.CommandLine.Option;

/** {@code --clock-offset} and {@code --tolerance}: the user's override of automatic pairing. */
final class MatchingOptions {
    @Option(names = "--clock-offset", paramLabel = "SECONDS",
            description = "HitTrax clock minus sensor clock, e.g. 3600 when the sensor runs an hour behind. Default: estimated from the data.")
    Double clockOffsetSeconds;

    @Option(names = "--tolerance", paramLabel = "SECONDS",
            description = "Largest time difference (after the offset) at which a swing and a ball still pair. Default: 2.")
    Double toleranceSeconds;

    MatchSettings settings() {
        return new MatchSettings(clockOffsetSeconds == null ? null : Math.round(clockOffsetSeconds * 1000),
                toleranceSeconds == null ? null : Math.round(toleranceSeconds * 1000));
    }
}
