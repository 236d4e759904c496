package org.swinglink.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which of a player's rows to list. A null criterion lets every row through; a row without time
 * passes only when neither a time range nor a visit is asked for.
 *
 * @param pairing only rows of this kind, or null for all
 * @param from    first instant listed, or null
 * @param until   first instant no longer listed (exclusive), or null
 * @param visit   only the rows of this visit, or null
 */
public record PlayerRowFilter(Pairing pairing, Instant from, Instant until, PlayerVisit visit) implements Predicate<PlayerRow> {
    /** Every row. */
    public static final PlayerRowFilter ALL = new PlayerRowFilter(null, null, null, null);

    public static PlayerRowFilter only(Pairing pairing) {
        return new PlayerRowFilter(pairing, null, null, null);
    }

    /** Whether any criterion is set. */
    public boolean isActive() {
        return pairing != null || from != null || until != null || visit != null;
    }

    @Override
    public boolean test(PlayerRow row) {
        if (pairing != null && row.pairing() != pairing) {
            return false;
        }
        if (from == null && until == null && visit == null) {
            return true;
        }
        Instant time = row.time();
        if (time == null) {
            return false; // on no day and in no visit
        }
        return (from == null || !time.isBefore(from)) && (until == null || time.isBefore(until))
                && (visit == null || visit.holds(time));
    }

    public List<PlayerRow> apply(List<PlayerRow> rows) {
        return rows.stream().filter(this).toList();
    }
}
