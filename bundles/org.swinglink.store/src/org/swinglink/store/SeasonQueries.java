package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.swinglink.matching.VisitMatcher;

/**
 * A season as analysts read it: one player's sessions (or weeks, or months) with their
 * {@link Aggregates}, and the team's leaderboard over a date range against the range before it.
 * Derby computes every aggregate; the heap holds one period's figures at a time.
 */
public final class SeasonQueries {
    /** How a player's rows are cut into the periods of a report. */
    public enum Grouping {
        /** A visit to the cage: rows with no gap of more than thirty minutes, as pairing cuts a season. */
        SESSION,
        /** Monday to Sunday in the reader's zone. */
        WEEK,
        /** A calendar month in the reader's zone. */
        MONTH
    }

    /** A period of a player's report; {@code start} and {@code end} are its first and last row's times (sessions) or its bounds. */
    public record Period(Instant start, Instant end, Aggregates aggregates) {
    }

    /** A leaderboard row: the player over the range, and over the range of the same length before it. */
    public record PlayerAggregates(String playerId, String name, Aggregates current, Aggregates previous) {
    }

    /** The times of a player's swings and events within a range, in no order. */
    private static final String TIMES = """
            SELECT s.sensor_timestamp FROM sensor_swings s --DERBY-PROPERTIES index=IX_SENSOR_SWINGS_USER_TIME
            WHERE s.user_id = ? AND s.sensor_timestamp BETWEEN ? AND ?
            UNION ALL
            SELECT e.event_timestamp FROM --DERBY-PROPERTIES joinOrder=FIXED
              hittrax_sessions h JOIN hittrax_events e --DERBY-PROPERTIES index=IX_HITTRAX_EVENTS_SESSION_TIME
              ON e.session_id = h.id
            WHERE h.user_id = ? AND e.event_timestamp BETWEEN ? AND ?""";
    private static final String TIMES_IN_ORDER = TIMES + "\nORDER BY 1";
    private static final String PLAYER_NAMES = "SELECT id, name FROM users WHERE role = 'PLAYER'";

    private final Store store;

    SeasonQueries(Store store) {
        this.store = store;
    }

    /** {@link #eachPeriodOfPlayer} into a list: a season has a few hundred sessions at most. */
    public List<Period> periodsOfPlayer(String playerId, Instant from, Instant to, Grouping grouping, ZoneId zone,
            AggregateSettings settings) {
        return periodsOfPlayer(playerId, from, to, grouping, zone, settings, EventFilter.ALL);
    }

    /** {@link #periodsOfPlayer(String, Instant, Instant, Grouping, ZoneId, AggregateSettings)} of the balls {@code filter} keeps. */
    public List<Period> periodsOfPlayer(String playerId, Instant from, Instant to, Grouping grouping, ZoneId zone,
            AggregateSettings settings, EventFilter filter) {
        List<Period> periods = new ArrayList<>();
        eachPeriodOfPlayer(playerId, from, to, grouping, zone, settings, filter, periods::add);
        return periods;
    }

    /**
     * Hands a player's periods between {@code from} and {@code to} (null: no bound) to {@code each}
     * in time order, as each is summed; periods without a row (or without a row the filter keeps) are left out.
     *
     * @return how many periods there were
     */
    public <X extends Exception> long eachPeriodOfPlayer(String playerId, Instant from, Instant to, Grouping grouping,
            ZoneId zone, AggregateSettings settings, EventFilter filter, RowConsumer<Period, X> each) throws X {
        long fromMillis = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long toMillis = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        if (grouping == Grouping.SESSION && SeasonSums.answerVisits(fromMillis, toMillis, settings, filter)) {
            catchUp();
            return store.onConnection("Cannot sum the player's sessions", connection -> SummedVisits.each(connection,
                    playerId, SeasonSums.firstQuarter(fromMillis), SeasonSums.lastQuarter(toMillis), each));
        }
        return store.onConnection("Cannot sum the player's sessions", connection -> {
            try (AggregateQueries sums = new AggregateQueries(connection, settings, filter)) {
                return grouping == Grouping.SESSION ? eachVisit(connection, sums, playerId, fromMillis, toMillis, each)
                        : eachCalendarPeriod(connection, sums, playerId, fromMillis, toMillis, grouping, zone, each);
            }
        });
    }

    private static <X extends Exception> long eachVisit(Connection connection, AggregateQueries sums, String playerId,
            long fromMillis, long toMillis, RowConsumer<Period, X> each) throws SQLException, X {
        long count = 0;
        try (PreparedStatement query = connection.prepareStatement(TIMES_IN_ORDER)) {
            bindTimes(query, playerId, fromMillis, toMillis);
            try (ResultSet row = query.executeQuery()) {
                long start = 0;
                long last = 0;
                boolean open = false;
                while (row.next()) {
                    long time = row.getLong(1);
                    if (open && time - last > VisitMatcher.VISIT_GAP_MILLIS) {
                        count += offer(visit(sums, playerId, start, last), each);
                        open = false;
                    }
                    if (!open) {
                        start = time;
                        open = true;
                    }
                    last = time;
                }
                if (open) {
                    count += offer(visit(sums, playerId, start, last), each);
                }
            }
        }
        return count;
    }

    /** Hands on a visit that kept a row (a filter can leave none); returns how many it handed on. */
    private static <X extends Exception> int offer(Period visit, RowConsumer<Period, X> each) throws X {
        if (visit.aggregates().isEmpty()) {
            return 0;
        }
        each.accept(visit);
        return 1;
    }

    private static Period visit(AggregateQueries sums, String playerId, long start, long end) throws SQLException {
        return new Period(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end), sums.ofPlayer(playerId, start, end));
    }

    private static <X extends Exception> long eachCalendarPeriod(Connection connection, AggregateQueries sums,
            String playerId, long fromMillis, long toMillis, Grouping grouping, ZoneId zone, RowConsumer<Period, X> each)
            throws SQLException, X {
        long[] span = span(connection, playerId, fromMillis, toMillis);
        if (span == null) {
            return 0;
        }
        LocalDate day = Instant.ofEpochMilli(span[0]).atZone(zone).toLocalDate();
        LocalDate first = grouping == Grouping.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
        long count = 0;
        for (LocalDate start = first; start.atStartOfDay(zone).toInstant().toEpochMilli() <= span[1];) {
            LocalDate next = grouping == Grouping.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
            Instant begins = start.atStartOfDay(zone).toInstant();
            Instant ends = next.atStartOfDay(zone).toInstant().minus(Duration.ofMillis(1));
            Aggregates aggregates = sums.ofPlayer(playerId, Math.max(begins.toEpochMilli(), fromMillis),
                    Math.min(ends.toEpochMilli(), toMillis));
            if (!aggregates.isEmpty()) {
                each.accept(new Period(begins, ends, aggregates));
                count++;
            }
            start = next;
        }
        return count;
    }

    /** The first and last time of the player's rows within the bounds, or null when there is none. */
    private static long[] span(Connection connection, String playerId, long fromMillis, long toMillis) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MIN(t), MAX(t) FROM (" + TIMES
                + ") AS times (t)")) {
            bindTimes(query, playerId, fromMillis, toMillis);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long first = row.getLong(1);
                return row.wasNull() ? null : new long[] { first, row.getLong(2) };
            }
        }
    }

    private static void bindTimes(PreparedStatement query, String playerId, long fromMillis, long toMillis)
            throws SQLException {
        query.setString(1, playerId);
        query.setLong(2, fromMillis);
        query.setLong(3, toMillis);
        query.setString(4, playerId);
        query.setLong(5, fromMillis);
        query.setLong(6, toMillis);
    }

    /**
     * Every player with a row between {@code from} and {@code to} (both included), with their
     * aggregates there and over the range of the same length just before; by name.
     */
    public List<PlayerAggregates> leaderboard(Instant from, Instant to, AggregateSettings settings) {
        return leaderboard(from, to, settings, EventFilter.ALL);
    }

    /**
     * Sums again what imports and edits changed since the sums behind sessions and leaderboards
     * were last read; every such read does it first. After a big import it takes seconds (a season:
     * about ten). One at a time, or two reads would sum the same ranges twice.
     */
    private synchronized void catchUp() {
        store.runInTransaction(em -> {
            try {
                SeasonSums.freshen(em.unwrap(Connection.class));
            } catch (SQLException e) {
                throw new StoreException("Cannot sum the players' rows: " + e.getMessage(), e);
            }
        });
    }

    /** {@link #leaderboard(Instant, Instant, AggregateSettings)} of the balls {@code filter} keeps. */
    public List<PlayerAggregates> leaderboard(Instant from, Instant to, AggregateSettings settings, EventFilter filter) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        long length = to.toEpochMilli() - from.toEpochMilli() + 1;
        if (SeasonSums.answer(from.toEpochMilli() - length, to.toEpochMilli(), settings, filter)) {
            catchUp();
        }
        return store.onConnection("Cannot sum the players' rows", connection -> {
            Map<String, Aggregates> current;
            Map<String, Aggregates> previous;
            try (AggregateQueries sums = new AggregateQueries(connection, settings, filter)) {
                current = sums.byPlayer(from.toEpochMilli(), to.toEpochMilli());
                previous = sums.byPlayer(from.toEpochMilli() - length, from.toEpochMilli() - 1);
            }
            List<PlayerAggregates> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(PLAYER_NAMES);
                    ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Aggregates now = current.get(row.getString(1));
                    if (now != null) {
                        rows.add(new PlayerAggregates(row.getString(1), row.getString(2), now, previous.get(row.getString(1))));
                    }
                }
            }
            rows.sort(Comparator.comparing(PlayerAggregates::name, String.CASE_INSENSITIVE_ORDER));
            return rows;
        });
    }
}
