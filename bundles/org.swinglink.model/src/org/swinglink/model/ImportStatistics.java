package org.swinglink.model;

/** The counts an {@link ImportSession} records once it completes. */
public record ImportStatistics(int totalSwings, int matchedSwings, int unmatchedSwings, int playersDetected,
        int hittraxEvents) {
}
