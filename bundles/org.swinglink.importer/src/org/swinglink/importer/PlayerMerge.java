package org.swinglink.importer;

import java.util.List;

/**
 * One player merged into another, with what {@link PlayerEdits#undoMerge} needs to put it back: the
 * merged player (same id and name), the HitTrax sessions and import records that were theirs, and
 * the states of every swing the merge moved or re-paired.
 *
 * @param eventsMoved   HitTrax events that went over with their sessions
 * @param swingsMoved   sensor swings that went over
 * @param newPairs      pairs the re-pairing made afterwards
 */
public record PlayerMerge(PlayerRecord merged, PlayerRecord into, List<String> hittraxSessionIds, List<String> importRecordIds,
        List<SwingState> swings, long eventsMoved, long swingsMoved, int newPairs) {

    public PlayerMerge {
        hittraxSessionIds = List.copyOf(hittraxSessionIds);
        importRecordIds = List.copyOf(importRecordIds);
        swings = List.copyOf(swings);
    }
}
