package org.swinglink.importer;

import java.util.List;

/**
 * The outcome of assigning swings to a player.
 *
 * @param playerName the player as stored
 * @param swingIds   the swings now assigned to them
 * @param paired     how many of those swings are now paired with one of the player's HitTrax events
 */
public record AssignmentReport(String playerName, List<String> swingIds, int paired) {
}
