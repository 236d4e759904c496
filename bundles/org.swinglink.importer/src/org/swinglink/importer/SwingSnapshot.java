package org.swinglink.importer;

import java.util.List;

/**
 * What a change to swings replaced, for undoing it: the swings' states, the players that existed
 * then and must exist again, and the players the change created (none existed then), which an undo
 * removes when they hold nothing.
 *
 * @param players       players to put back (same id) before the swings are restored
 * @param createdPlayers ids of players to remove after the swings are restored, if they hold nothing then
 */
public record SwingSnapshot(List<SwingState> swings, List<PlayerRecord> players, List<String> createdPlayers) {

    public SwingSnapshot {
        swings = List.copyOf(swings);
        players = List.copyOf(players);
        createdPlayers = List.copyOf(createdPlayers);
    }

    /** Only swing states: no player comes or goes. */
    public static SwingSnapshot of(List<SwingState> swings) {
        return new SwingSnapshot(swings, List.of(), List.of());
    }
}
