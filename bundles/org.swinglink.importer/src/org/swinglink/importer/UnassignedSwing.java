package org.swinglink.importer;

import java.time.Instant;

/** A sensor swing stored without a player: no file or row said whose it is. */
public record UnassignedSwing(String swingId, String sensorType, Instant timestamp, String fileName, long line) {
}
