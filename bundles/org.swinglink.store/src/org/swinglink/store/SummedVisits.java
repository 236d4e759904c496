package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.swinglink.matching.VisitMatcher;
import org.swinglink.store.SeasonQueries.Period;

/**
 * A player's sessions read from the {@link SeasonSums} instead of from every row. Two visits are
 * more than thirty minutes apart, so no quarter hour holds rows of two: a visit is a run of whole
 * quarters, cut where a quarter's first time is more than the gap after the visit's last, and its
 * aggregates are its quarters' sums added up. Some hundred rows per table for a season of a player.
 */
final class SummedVisits {
    private static final String RANGE = " WHERE player_id = ? AND quarter BETWEEN ? AND ? ORDER BY quarter";
    private static final String SWINGS = """
            SELECT quarter, first_millis, last_millis, swings, bat_speed_sum, bat_speed_n, bat_speed_max,
              hand_speed_sum, hand_speed_n, hand_speed_max, attack_angle_sum, attack_angle_n, attack_angle_max,
              time_to_contact_sum, time_to_contact_n, time_to_contact_max, power_sum, power_n, power_max
            FROM season_swing_sums""" + RANGE;
    private static final String EVENTS = """
            SELECT quarter, first_millis, last_millis, events, exit_velocity_sum, exit_velocity_n, exit_velocity_max,
              launch_angle_sum, launch_angle_n, distance_sum, distance_n, hard_hit
            FROM season_event_sums""" + RANGE;
    private static final String PAIRS = """
            SELECT quarter, first_millis, last_millis, pairs, smash_factor_sum, smash_factor_n, squared_up,
              squared_up_judged, attack_minus_launch_sum, attack_minus_launch_n
            FROM season_pair_sums""" + RANGE;

    private SummedVisits() {
    }

    /** Hands the player's visits within the quarters (both included) to {@code each} in time order; returns how many. */
    static <X extends Exception> long each(Connection connection, String playerId, long firstQuarter, long lastQuarter,
            RowConsumer<Period, X> each) throws SQLException, X {
        try (Quarters swings = new Quarters(connection, SWINGS, playerId, firstQuarter, lastQuarter);
                Quarters events = new Quarters(connection, EVENTS, playerId, firstQuarter, lastQuarter);
                Quarters pairs = new Quarters(connection, PAIRS, playerId, firstQuarter, lastQuarter)) {
            long count = 0;
            RunningSums visit = null;
            for (long quarter = next(swings, events, pairs); quarter != Long.MAX_VALUE; quarter = next(swings, events, pairs)) {
                long quarterFirst = Math.min(swings.firstAt(quarter), Math.min(events.firstAt(quarter), pairs.firstAt(quarter)));
                if (visit != null && quarterFirst - visit.last() > VisitMatcher.VISIT_GAP_MILLIS) {
                    each.accept(visit.period());
                    count++;
                    visit = null;
                }
                visit = visit == null ? new RunningSums() : visit;
                if (swings.at(quarter)) {
                    visit.addSwings(swings.row());
                    swings.advance();
                }
                if (events.at(quarter)) {
                    visit.addEvents(events.row());
                    events.advance();
                }
                if (pairs.at(quarter)) {
                    visit.addPairs(pairs.row());
                    pairs.advance();
                }
            }
            if (visit != null) {
                each.accept(visit.period());
                count++;
            }
            return count;
        }
    }

    private static long next(Quarters swings, Quarters events, Quarters pairs) {
        return Math.min(swings.quarter(), Math.min(events.quarter(), pairs.quarter()));
    }

    /** One table's quarters of the player, in order; {@link Long#MAX_VALUE} once they are read. */
    private static final class Quarters implements AutoCloseable {
        private final PreparedStatement query;
        private final ResultSet rows;
        private long quarter;

        Quarters(Connection connection, String sql, String playerId, long firstQuarter, long lastQuarter) throws SQLException {
            query = connection.prepareStatement(sql);
            query.setString(1, playerId);
            query.setLong(2, firstQuarter);
            query.setLong(3, lastQuarter);
            rows = query.executeQuery();
            advance();
        }

        void advance() throws SQLException {
            quarter = rows.next() ? rows.getLong(1) : Long.MAX_VALUE;
        }

        long quarter() {
            return quarter;
        }

        boolean at(long quarter) {
            return quarter() == quarter;
        }

        long firstAt(long quarter) throws SQLException {
            return at(quarter) ? rows.getLong(2) : Long.MAX_VALUE;
        }

        ResultSet row() {
            return rows;
        }

        @Override
        public void close() throws SQLException {
            try (query) {
                rows.close();
            }
        }
    }
}
