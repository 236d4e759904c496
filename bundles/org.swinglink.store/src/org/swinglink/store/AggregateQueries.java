package org.swinglink.store;

import static org.swinglink.store.NullableColumns.decimal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The aggregates as Derby computes them: AVG, MAX, SUM and COUNT over a player's swings, events and
 * pairs within a time range ({@link AggregateIndexes} keeps each range one B-tree range), or over
 * everyone's within a date range grouped by player. Swings count for the player they are assigned
 * to, at the sensor's time; events and pairs for the batter of the HitTrax session, at the ball's
 * time, as the export counts them. An {@link EventFilter} keeps some balls; a swing then counts only
 * with a kept ball.
 */
final class AggregateQueries implements AutoCloseable {
    private static final String SWING_COLUMNS = """
            COUNT(*), AVG(s.bat_speed), MAX(s.bat_speed), AVG(s.peak_hand_speed), MAX(s.peak_hand_speed),
              AVG(s.attack_angle), MAX(s.attack_angle), AVG(s.time_to_contact), MAX(s.time_to_contact),
              AVG(s.power_output), MAX(s.power_output)""";
    /** A pair's smash factor; null when the swing has no bat speed. */
    static final String SMASH_FACTOR = "CASE WHEN s.bat_speed > 0 THEN e.exit_velocity / s.bat_speed ELSE CAST(NULL AS DOUBLE PRECISION) END";
    /** 1 for a pair the squared-up rate counts as squared up, {@code %s} the share of the collision maximum. */
    static final String SQUARED_UP = "CASE WHEN e.exit_velocity >= %s * (" + AggregateSettings.BAT_SPEED_FACTOR
            + " * s.bat_speed + " + AggregateSettings.PITCH_SPEED_FACTOR + " * e.pitch_speed) THEN 1 ELSE 0 END";
    /** 1 for a pair the squared-up rate can judge. */
    static final String SQUARED_UP_JUDGED = """
            CASE WHEN e.exit_velocity IS NOT NULL AND s.bat_speed IS NOT NULL AND e.pitch_speed IS NOT NULL
              THEN 1 ELSE 0 END""";
    /** 1 for a hard-hit ball, {@code %s} the exit velocity that is hard hit. */
    static final String HARD_HIT = "CASE WHEN e.exit_velocity >= %s THEN 1 ELSE 0 END";

    private static final String EVENT_COLUMNS = """
            COUNT(*), AVG(e.exit_velocity), MAX(e.exit_velocity), AVG(e.launch_angle), AVG(e.distance),
              SUM(%s), COUNT(e.exit_velocity)""".formatted(HARD_HIT.formatted("CAST(? AS DOUBLE PRECISION)"));
    private static final String PAIR_COLUMNS = """
            COUNT(*), AVG(%s), SUM(%s), SUM(%s), AVG(s.attack_angle - e.launch_angle)""".formatted(SMASH_FACTOR,
            SQUARED_UP.formatted("CAST(? AS DOUBLE PRECISION)"), SQUARED_UP_JUDGED);

    private static final String PLAYER_SWINGS = "SELECT " + SWING_COLUMNS + """
             FROM sensor_swings s --DERBY-PROPERTIES index=IX_SENSOR_SWINGS_USER_TIME
            %s
            WHERE s.user_id = ? AND s.sensor_timestamp BETWEEN ? AND ?""";
    /** With a filter, a swing counts only with a kept ball. */
    private static final String KEPT_BALL = "JOIN hittrax_events e ON e.id = s.hittrax_event_id";
    private static final String PLAYER_EVENTS = "SELECT " + EVENT_COLUMNS + """
             FROM --DERBY-PROPERTIES joinOrder=FIXED
              hittrax_sessions h JOIN hittrax_events e --DERBY-PROPERTIES index=IX_HITTRAX_EVENTS_SESSION_TIME
              ON e.session_id = h.id
            WHERE h.user_id = ? AND e.event_timestamp BETWEEN ? AND ?""";
    private static final String PLAYER_PAIRS = "SELECT " + PAIR_COLUMNS + """
             FROM --DERBY-PROPERTIES joinOrder=FIXED
              hittrax_sessions h JOIN hittrax_events e --DERBY-PROPERTIES index=IX_HITTRAX_EVENTS_SESSION_TIME
              ON e.session_id = h.id
              JOIN sensor_swings s ON s.hittrax_event_id = e.id
            WHERE h.user_id = ? AND e.event_timestamp BETWEEN ? AND ?""";

    private static final String SWINGS_BY_PLAYER = "SELECT s.user_id, " + SWING_COLUMNS + """
             FROM sensor_swings s %s
            WHERE s.user_id IS NOT NULL AND s.sensor_timestamp BETWEEN ? AND ?%s GROUP BY s.user_id""";
    private static final String EVENTS_BY_PLAYER = "SELECT h.user_id, " + EVENT_COLUMNS + """
             FROM hittrax_events e JOIN hittrax_sessions h ON h.id = e.session_id
            WHERE h.user_id IS NOT NULL AND e.event_timestamp BETWEEN ? AND ?%s GROUP BY h.user_id""";
    private static final String PAIRS_BY_PLAYER = "SELECT h.user_id, " + PAIR_COLUMNS + """
             FROM hittrax_events e JOIN hittrax_sessions h ON h.id = e.session_id
              JOIN sensor_swings s ON s.hittrax_event_id = e.id
            WHERE h.user_id IS NOT NULL AND e.event_timestamp BETWEEN ? AND ?%s GROUP BY h.user_id""";

    private final AggregateSettings settings;
    private final EventFilter filter;
    private final PreparedStatement playerSwings;
    private final PreparedStatement playerEvents;
    private final PreparedStatement playerPairs;
    private final Connection connection;

    AggregateQueries(Connection connection, AggregateSettings settings, EventFilter filter) throws SQLException {
        this.connection = connection;
        this.settings = settings;
        this.filter = filter;
        String kept = filter.sql();
        this.playerSwings = connection.prepareStatement(PLAYER_SWINGS.formatted(filter.isActive() ? KEPT_BALL : "") + kept);
        this.playerEvents = connection.prepareStatement(PLAYER_EVENTS + kept);
        this.playerPairs = connection.prepareStatement(PLAYER_PAIRS + kept);
    }

    /** Binds the filter's values from parameter {@code next} on. */
    private void bindFilter(PreparedStatement query, int next) throws SQLException {
        int index = next;
        for (String value : filter.parameters()) {
            query.setString(index++, value);
        }
    }

    /** One player's aggregates over [fromMillis, toMillis], both ends included. */
    Aggregates ofPlayer(String playerId, long fromMillis, long toMillis) throws SQLException {
        Parts parts = new Parts();
        readPart(playerSwings, null, playerId, fromMillis, toMillis, parts, Parts::swings);
        readPart(playerEvents, settings.hardHitMph(), playerId, fromMillis, toMillis, parts, Parts::events);
        readPart(playerPairs, settings.squaredUpShare(), playerId, fromMillis, toMillis, parts, Parts::pairs);
        return parts.aggregates();
    }

    /** Reads one part of a player's figures: {@code query} takes the threshold if any, the player id and the span. */
    private void readPart(PreparedStatement query, Double threshold, String playerId, long fromMillis, long toMillis,
            Parts parts, PartReader part) throws SQLException {
        int index = bindSpan(query, threshold, playerId, fromMillis, toMillis);
        bindFilter(query, index);
        try (ResultSet row = query.executeQuery()) {
            row.next();
            part.read(parts, row, 1);
        }
    }

    /** Binds the leading parameters every part's query has; returns the index of the next one. */
    private static int bindSpan(PreparedStatement query, Double threshold, String playerId, long fromMillis, long toMillis)
            throws SQLException {
        int index = 1;
        if (threshold != null) {
            query.setDouble(index++, threshold);
        }
        if (playerId != null) {
            query.setString(index++, playerId);
        }
        query.setLong(index++, fromMillis);
        query.setLong(index++, toMillis);
        return index;
    }

    /**
     * Every player's aggregates over [fromMillis, toMillis], by player id; players with no row there
     * are absent. From the {@link SeasonSums} when they answer the read (the caller freshened them).
     */
    Map<String, Aggregates> byPlayer(long fromMillis, long toMillis) throws SQLException {
        Map<String, Parts> players = new HashMap<>();
        if (SeasonSums.answer(fromMillis, toMillis, settings, filter)) {
            long first = fromMillis / SeasonSums.QUARTER_MILLIS;
            long last = toMillis / SeasonSums.QUARTER_MILLIS;
            sumByPlayer(SeasonSums.SWINGS_BY_PLAYER, null, first, last, players, Parts::swings);
            sumByPlayer(SeasonSums.EVENTS_BY_PLAYER, null, first, last, players, Parts::events);
            sumByPlayer(SeasonSums.PAIRS_BY_PLAYER, null, first, last, players, Parts::pairs);
            return aggregatesOf(players);
        }
        String kept = filter.sql();
        sumByPlayer(SWINGS_BY_PLAYER.formatted(filter.isActive() ? KEPT_BALL : "", kept), null, fromMillis, toMillis,
                players, Parts::swings);
        sumByPlayer(EVENTS_BY_PLAYER.formatted(kept), settings.hardHitMph(), fromMillis, toMillis, players, Parts::events);
        sumByPlayer(PAIRS_BY_PLAYER.formatted(kept), settings.squaredUpShare(), fromMillis, toMillis, players, Parts::pairs);
        return aggregatesOf(players);
    }

    private static Map<String, Aggregates> aggregatesOf(Map<String, Parts> players) {
        Map<String, Aggregates> aggregates = new HashMap<>();
        players.forEach((id, parts) -> aggregates.put(id, parts.aggregates()));
        return aggregates;
    }

    /** Reads one part of every player's figures: {@code sql} answers the player id, then the part's columns. */
    private void sumByPlayer(String sql, Double threshold, long fromMillis, long toMillis, Map<String, Parts> players,
            PartReader part) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bindFilter(query, bindSpan(query, threshold, null, fromMillis, toMillis));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    part.read(players.computeIfAbsent(row.getString(1), id -> new Parts()), row, 2);
                }
            }
        }
    }

    /** Reads a part's columns from {@code first} on into a player's {@link Parts}. */
    @FunctionalInterface
    private interface PartReader {
        void read(Parts parts, ResultSet row, int first) throws SQLException;
    }

    @Override
    public void close() throws SQLException {
        try (playerSwings; playerEvents; playerPairs) {
            // closes the three statements
        }
    }

    /** The three queries' answers, put together. */
    private static final class Parts {
        private int swings;
        private Double[] swing = new Double[10];
        private int events;
        private Double exitVelocityAvg;
        private Double exitVelocityMax;
        private Double launchAngleAvg;
        private Double distanceAvg;
        private Double hardHitRate;
        private int pairs;
        private Double smashFactor;
        private Double squaredUpRate;
        private Double attackMinusLaunch;

        void swings(ResultSet row, int first) throws SQLException {
            swings = row.getInt(first);
            for (int i = 0; i < swing.length; i++) {
                swing[i] = decimal(row, first + 1 + i);
            }
        }

        void events(ResultSet row, int first) throws SQLException {
            events = row.getInt(first);
            exitVelocityAvg = decimal(row, first + 1);
            exitVelocityMax = decimal(row, first + 2);
            launchAngleAvg = decimal(row, first + 3);
            distanceAvg = decimal(row, first + 4);
            hardHitRate = share(row.getInt(first + 5), row.getInt(first + 6));
        }

        void pairs(ResultSet row, int first) throws SQLException {
            pairs = row.getInt(first);
            smashFactor = decimal(row, first + 1);
            squaredUpRate = share(row.getInt(first + 2), row.getInt(first + 3));
            attackMinusLaunch = decimal(row, first + 4);
        }

        private static Double share(int some, int of) {
            return of == 0 ? null : (double) some / of;
        }

        Aggregates aggregates() {
            return new Aggregates(swings, events, pairs, swing[0], swing[1], swing[2], swing[3], swing[4], swing[5],
                    swing[6], swing[7], swing[8], swing[9], exitVelocityAvg, exitVelocityMax, launchAngleAvg, distanceAvg,
                    hardHitRate, smashFactor, squaredUpRate, attackMinusLaunch);
        }
    }
}
