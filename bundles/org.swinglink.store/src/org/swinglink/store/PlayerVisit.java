package org.swinglink.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.swinglink.matching.VisitMatcher;

/**
 * One visit of a player to the cage: their rows with no gap of more than
 * {@link VisitMatcher#VISIT_GAP_MILLIS} (thirty minutes) between one and the next, as the pairing
 * cuts a season into visits. Swings alone count at their sensor's time.
 *
 * @param start  time of the first row
 * @param end    time of the last row
 * @param swings sensor swings, paired or not
 * @param events HitTrax events, paired or not
 * @param pairs  rows with both
 */
public record PlayerVisit(Instant start, Instant end, int swings, int events, int pairs) {

    /** Whether a time falls within the visit (both ends included). */
    public boolean holds(Instant time) {
        return time != null && !time.isBefore(start) && !time.isAfter(end);
    }

    /** The visits of rows sorted by {@link PlayerRow#BY_TIME}, in time order; rows without time are in none. */
    public static List<PlayerVisit> of(List<PlayerRow> rowsByTime) {
        List<PlayerVisit> visits = new ArrayList<>();
        Instant start = null;
        Instant last = null;
        int swings = 0;
        int events = 0;
        int pairs = 0;
        for (PlayerRow row : rowsByTime) {
            Instant time = row.time();
            if (time == null) {
                continue;
            }
            if (last != null && time.toEpochMilli() - last.toEpochMilli() > VisitMatcher.VISIT_GAP_MILLIS) {
                visits.add(new PlayerVisit(start, last, swings, events, pairs));
                start = null;
            }
            if (start == null) {
                start = time;
                swings = 0;
                events = 0;
                pairs = 0;
            }
            last = time;
            swings += row.hasSwing() ? 1 : 0;
            events += row.hasEvent() ? 1 : 0;
            pairs += row.pairing() == Pairing.PAIRED ? 1 : 0;
        }
        if (start != null) {
            visits.add(new PlayerVisit(start, last, swings, events, pairs));
        }
        return visits;
    }
}
