package org.swinglink.importer;

import java.util.List;

/**
 * One player merged into another, with what {@link PlayerEdits#undoMerge} needs to put it back: the
 * merged player (same id and name), the HitTrax sessions that were theirs, both players' import
 * records as they were (a record of an import that named both is folded into one), and the states
 * of every swing the merge moved or re-paired.
 *
 * @param eventsMoved   HitTrax events that went over with their sessions
 * @param swingsMoved   sensor swings that went over
 * @param newPairs      pairs the re-pairing made afterwards
 */
public record PlayerMerge(PlayerRecord merged, PlayerRecord into, List<String> hittraxSessionIds, List<ImportRecordState> importRecords,
        List<SwingState> swings, long eventsMoved, long swingsMoved, int newPairs) {

    public PlayerMerge {
        hittraxSessionIds = List.copyOf(hittraxSessionIds);
        importRecords = List.copyOf(importRecords);
        swings = List.copyOf(swings);
    }
}
