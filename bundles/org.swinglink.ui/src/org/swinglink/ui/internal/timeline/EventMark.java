package org.swinglink.ui.internal.timeline;

import java.time.Instant;

/**
 * A HitTrax event on the timeline (HitTrax clock).
 *
 * @param battedBall    true for a ball put in play (drawn filled), false for a take or a miss (hollow)
 * @param batterId      the batter's player id, or null
 * @param batterOffsetMillis the clock offset last used for the batter's swings, or null
 * @param pairedSwingId the swing stored as its pair, or null
 */
public record EventMark(String id, Instant time, String batter, String batterId, Long batterOffsetMillis, boolean battedBall, String pairedSwingId) {
}
