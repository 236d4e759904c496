package org.swinglink.ui.internal.parts;

import java.util.List;
import java.util.Locale;

import org.swinglink.store.Pairing;
import org.swinglink.store.PlayerRow;
import org.swinglink.store.PlayerVisit;

/** How many swings, HitTrax events and pairs some of a player's rows hold, as the status line says it. */
record PlayerCounts(int swings, int events, int pairs) {

    static PlayerCounts of(List<PlayerRow> rows) {
        int swings = 0;
        int events = 0;
        int pairs = 0;
        for (PlayerRow row : rows) {
            swings += row.hasSwing() ? 1 : 0;
            events += row.hasEvent() ? 1 : 0;
            pairs += row.pairing() == Pairing.PAIRED ? 1 : 0;
        }
        return new PlayerCounts(swings, events, pairs);
    }

    static PlayerCounts of(PlayerVisit visit) {
        return new PlayerCounts(visit.swings(), visit.events(), visit.pairs());
    }

    /** "3,123 swings, 0 HitTrax events, 0 paired". */
    String text() {
        return count(swings, "swing", "swings") + ", " + count(events, "HitTrax event", "HitTrax events") + ", "
                + String.format(Locale.ROOT, "%,d paired", pairs);
    }

    private static String count(int n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
