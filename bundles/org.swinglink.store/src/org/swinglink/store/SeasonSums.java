package org.swinglink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

/**
 * Every player's swings, balls and pairs summed per quarter hour, so that a leaderboard over a
 * season reads some fifteen thousand rows instead of a million (three grouped scans of half a
 * million rows each take Derby 1.5 to 3 s), and a player's sessions some hundreds instead of
 * three range queries per session ({@link SummedVisits}). Sums, counts and maxima are kept rather than averages,
 * so any run of quarters adds up to the figures the rows give. A quarter hour because every time
 * zone's offset is a whole number of them: a day in any zone is a run of whole quarters.
 *
 * <p>The sums follow the rows by way of a list of stale player time ranges: an import adds its
 * players' ranges when its rows are in ({@link #markImported}), and triggers add what any later
 * change touches (assignments, pairs made or undone, merged or deleted players, whichever code
 * makes them). The next read that uses the sums first sums those ranges again ({@link #freshen}).
 * Imports mark once at their end rather than by a trigger per inserted row, which would double a
 * season's row writes. The sums hold the default thresholds ({@link AggregateSettings#DEFAULT})
 * and no pitch or result filter; other reads are summed from the rows.
 */
public final class SeasonSums {
    static final long QUARTER_MILLIS = 15 * 60 * 1000;

    private static final String QUARTER = "/ " + QUARTER_MILLIS;
    private static final String STALE = "season_sums_stale";
    static final String MARK = "INSERT INTO " + STALE + " (player_id, first_millis, last_millis) ";

    private static final List<String> TABLES = List.of("""
            CREATE TABLE season_swing_sums (player_id VARCHAR(36) NOT NULL, quarter BIGINT NOT NULL,
              first_millis BIGINT NOT NULL, last_millis BIGINT NOT NULL, swings INT NOT NULL,
              bat_speed_sum DOUBLE PRECISION, bat_speed_n INT NOT NULL, bat_speed_max DOUBLE PRECISION,
              hand_speed_sum DOUBLE PRECISION, hand_speed_n INT NOT NULL, hand_speed_max DOUBLE PRECISION,
              attack_angle_sum DOUBLE PRECISION, attack_angle_n INT NOT NULL, attack_angle_max DOUBLE PRECISION,
              time_to_contact_sum DOUBLE PRECISION, time_to_contact_n INT NOT NULL, time_to_contact_max DOUBLE PRECISION,
              power_sum DOUBLE PRECISION, power_n INT NOT NULL, power_max DOUBLE PRECISION,
              PRIMARY KEY (player_id, quarter))""", """
            CREATE TABLE season_event_sums (player_id VARCHAR(36) NOT NULL, quarter BIGINT NOT NULL,
              first_millis BIGINT NOT NULL, last_millis BIGINT NOT NULL, events INT NOT NULL,
              exit_velocity_sum DOUBLE PRECISION, exit_velocity_n INT NOT NULL, exit_velocity_max DOUBLE PRECISION,
              launch_angle_sum DOUBLE PRECISION, launch_angle_n INT NOT NULL, distance_sum DOUBLE PRECISION, distance_n INT NOT NULL,
              hard_hit INT NOT NULL, PRIMARY KEY (player_id, quarter))""", """
            CREATE TABLE season_pair_sums (player_id VARCHAR(36) NOT NULL, quarter BIGINT NOT NULL,
              first_millis BIGINT NOT NULL, last_millis BIGINT NOT NULL, pairs INT NOT NULL,
              smash_factor_sum DOUBLE PRECISION, smash_factor_n INT NOT NULL, squared_up INT NOT NULL, squared_up_judged INT NOT NULL,
              attack_minus_launch_sum DOUBLE PRECISION, attack_minus_launch_n INT NOT NULL, PRIMARY KEY (player_id, quarter))""",
            "CREATE TABLE " + STALE + " " + """
            (id BIGINT GENERATED ALWAYS AS IDENTITY, player_id VARCHAR(36),
              first_millis BIGINT, last_millis BIGINT)""");

    /** A null player marks the whole database: sums made by an earlier release, or none yet. */
    private static final String MARK_EVERYTHING = MARK + "VALUES (CAST(NULL AS VARCHAR(36)), 0, 0)";

    /** An import's players and the time ranges of its swings, its balls and the balls its swings were paired with. */
    private static final List<String> MARK_IMPORT = List.of(MARK + """
            SELECT user_id, MIN(sensor_timestamp), MAX(sensor_timestamp) FROM sensor_swings
              WHERE import_session_id = ? AND user_id IS NOT NULL GROUP BY user_id""", MARK + """
            SELECT h.user_id, MIN(e.event_timestamp), MAX(e.event_timestamp)
              FROM hittrax_sessions h JOIN hittrax_events e ON e.session_id = h.id
              WHERE h.import_session_id = ? AND h.user_id IS NOT NULL GROUP BY h.user_id""", MARK + """
            SELECT h.user_id, MIN(e.event_timestamp), MAX(e.event_timestamp)
              FROM sensor_swings s JOIN hittrax_events e ON e.id = s.hittrax_event_id
              JOIN hittrax_sessions h ON h.id = e.session_id
              WHERE s.import_session_id = ? AND h.user_id IS NOT NULL GROUP BY h.user_id""");

    private static final String SUM_SWINGS = """
            INSERT INTO season_swing_sums
            SELECT s.user_id, s.sensor_timestamp %1$s, MIN(s.sensor_timestamp), MAX(s.sensor_timestamp), COUNT(*),
              SUM(s.bat_speed), COUNT(s.bat_speed), MAX(s.bat_speed),
              SUM(s.peak_hand_speed), COUNT(s.peak_hand_speed), MAX(s.peak_hand_speed),
              SUM(s.attack_angle), COUNT(s.attack_angle), MAX(s.attack_angle),
              SUM(s.time_to_contact), COUNT(s.time_to_contact), MAX(s.time_to_contact),
              SUM(s.power_output), COUNT(s.power_output), MAX(s.power_output)
            FROM sensor_swings s %%s
            GROUP BY s.user_id, s.sensor_timestamp %1$s""".formatted(QUARTER);
    private static final String SUM_EVENTS = """
            INSERT INTO season_event_sums
            SELECT h.user_id, e.event_timestamp %1$s, MIN(e.event_timestamp), MAX(e.event_timestamp), COUNT(*),
              SUM(e.exit_velocity), COUNT(e.exit_velocity), MAX(e.exit_velocity),
              SUM(e.launch_angle), COUNT(e.launch_angle), SUM(e.distance), COUNT(e.distance), SUM(%2$s)
            FROM %%s
            WHERE %%s
            GROUP BY h.user_id, e.event_timestamp %1$s""".formatted(QUARTER,
            AggregateQueries.HARD_HIT.formatted(AggregateSettings.DEFAULT.hardHitMph()));
    private static final String SUM_PAIRS = """
            INSERT INTO season_pair_sums
            SELECT h.user_id, e.event_timestamp %1$s, MIN(e.event_timestamp), MAX(e.event_timestamp), COUNT(*),
              SUM(%2$s), COUNT(%2$s), SUM(%3$s), SUM(%4$s),
              SUM(s.attack_angle - e.launch_angle), COUNT(s.attack_angle - e.launch_angle)
            FROM %%s JOIN sensor_swings s ON s.hittrax_event_id = e.id
            WHERE %%s
            GROUP BY h.user_id, e.event_timestamp %1$s""".formatted(QUARTER, AggregateQueries.SMASH_FACTOR,
            AggregateQueries.SQUARED_UP.formatted(AggregateSettings.DEFAULT.squaredUpShare()),
            AggregateQueries.SQUARED_UP_JUDGED);

    private static final String EVERY_SWING = "WHERE s.user_id IS NOT NULL";
    private static final String EVERY_EVENT = "hittrax_events e JOIN hittrax_sessions h ON h.id = e.session_id";
    private static final String EVERY_BATTER = "h.user_id IS NOT NULL";
    private static final String PLAYER_SWINGS = """
            --DERBY-PROPERTIES index=IX_SENSOR_SWINGS_USER_TIME
            WHERE s.user_id = ? AND s.sensor_timestamp BETWEEN ? AND ?""";
    private static final String PLAYER_EVENTS = """
            --DERBY-PROPERTIES joinOrder=FIXED
              hittrax_sessions h JOIN hittrax_events e --DERBY-PROPERTIES index=IX_HITTRAX_EVENTS_SESSION_TIME
              ON e.session_id = h.id""";
    private static final String PLAYER_EVENTS_WHERE = "h.user_id = ? AND e.event_timestamp BETWEEN ? AND ?";

    private static final List<String> SUM_TABLES = List.of("season_swing_sums", "season_event_sums", "season_pair_sums");

    /** The tables derived from the rows: a copy of a database leaves them out and marks the copy stale instead. */
    static final List<String> DERIVED_TABLES = List.of(SUM_TABLES.get(0), SUM_TABLES.get(1), SUM_TABLES.get(2), STALE);

    /** The leaderboard's three parts over a run of quarters, in the columns {@link AggregateQueries} reads. */
    static final String SWINGS_BY_PLAYER = """
            SELECT player_id, SUM(swings), %s, %s, %s, %s, %s FROM season_swing_sums
            WHERE quarter BETWEEN ? AND ? GROUP BY player_id""".formatted(averageAndMax("bat_speed"),
            averageAndMax("hand_speed"), averageAndMax("attack_angle"), averageAndMax("time_to_contact"),
            averageAndMax("power"));
    static final String EVENTS_BY_PLAYER = """
            SELECT player_id, SUM(events), %s, %s, %s, SUM(hard_hit), SUM(exit_velocity_n) FROM season_event_sums
            WHERE quarter BETWEEN ? AND ? GROUP BY player_id""".formatted(averageAndMax("exit_velocity"),
            average("launch_angle"), average("distance"));
    static final String PAIRS_BY_PLAYER = """
            SELECT player_id, SUM(pairs), %s, SUM(squared_up), SUM(squared_up_judged), %s FROM season_pair_sums
            WHERE quarter BETWEEN ? AND ? GROUP BY player_id""".formatted(average("smash_factor"),
            average("attack_minus_launch"));

    private SeasonSums() {
    }

    private static String average(String column) {
        return "SUM(%1$s_sum) / NULLIF(SUM(%1$s_n), 0)".formatted(column);
    }

    private static String averageAndMax(String column) {
        return average(column) + ", MAX(%s_max)".formatted(column);
    }

    /** Part of the schema stamp: a change to how the sums are kept sums everything again. */
    static Stream<String> definitions() {
        return Stream.of(TABLES, SeasonSumsTriggers.definitions(), MARK_IMPORT, List.of(SUM_SWINGS, SUM_EVENTS, SUM_PAIRS))
                .flatMap(List::stream);
    }

    /** Whether the sums answer a read over [fromMillis, toMillis] with these thresholds and filter. */
    static boolean answer(long fromMillis, long toMillis, AggregateSettings settings, EventFilter filter) {
        return !filter.isActive() && settings.equals(AggregateSettings.DEFAULT) && fromMillis >= 0 && toMillis > fromMillis
                && fromMillis % QUARTER_MILLIS == 0 && (toMillis + 1) % QUARTER_MILLIS == 0;
    }

    /** Whether the sums answer a player's sessions within [fromMillis, toMillis], either end unbounded at its extreme. */
    static boolean answerVisits(long fromMillis, long toMillis, AggregateSettings settings, EventFilter filter) {
        return !filter.isActive() && settings.equals(AggregateSettings.DEFAULT)
                && (fromMillis == Long.MIN_VALUE || fromMillis >= 0 && fromMillis % QUARTER_MILLIS == 0)
                && (toMillis == Long.MAX_VALUE || toMillis >= 0 && (toMillis + 1) % QUARTER_MILLIS == 0);
    }

    /** The first quarter of a range that starts at {@code fromMillis} ({@link Long#MIN_VALUE}: unbounded). */
    static long firstQuarter(long fromMillis) {
        return fromMillis == Long.MIN_VALUE ? Long.MIN_VALUE : fromMillis / QUARTER_MILLIS;
    }

    /** The last quarter of a range that ends at {@code toMillis} ({@link Long#MAX_VALUE}: unbounded). */
    static long lastQuarter(long toMillis) {
        return toMillis == Long.MAX_VALUE ? Long.MAX_VALUE : toMillis / QUARTER_MILLIS;
    }

    /**
     * Makes the tables and triggers afresh and marks the whole database stale: run when the schema
     * stamp changed, so that no sum an earlier definition made is read. The sums are derived from
     * the rows, so nothing is lost with them.
     */
    static void createOrRenew(Connection connection) throws SQLException {
        Engine engine = Engine.of(connection);
        SeasonSumsTriggers.drop(connection, engine);
        try (Statement ddl = connection.createStatement()) {
            for (String table : TABLES) {
                if (engine.has(connection, Engine.Kind.TABLE, nameOf(table))) {
                    ddl.execute("DROP TABLE " + nameOf(table));
                }
                ddl.execute(table);
            }
            SeasonSumsTriggers.create(connection, engine);
            ddl.execute(MARK_EVERYTHING);
        }
    }

    /** The name a CREATE TABLE or CREATE TRIGGER statement gives. */
    private static String nameOf(String definition) {
        return definition.split("\\s+")[2];
    }

    /**
     * Marks the players and times of import {@code importId}'s rows and pairs stale; in the import's
     * transaction, once its rows are in. Into a database that held no row, the whole database is
     * marked instead: summing everything in one pass costs less than player by player, and finding
     * the players' ranges of a season's import would cost seconds.
     */
    public static void markImported(EntityManager em, String importId, boolean intoEmptyDatabase) {
        Connection connection = em.unwrap(Connection.class);
        try {
            if (intoEmptyDatabase) {
                markEverything(connection);
                return;
            }
            for (String mark : MARK_IMPORT) {
                try (PreparedStatement insert = connection.prepareStatement(mark)) {
                    insert.setString(1, importId);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw RowInserts.refused(e);
        }
    }

    /** Marks the whole database stale, in the caller's transaction: the next read sums everything again. */
    static void markEverything(Connection connection) throws SQLException {
        try (Statement mark = connection.createStatement()) {
            mark.executeUpdate(MARK_EVERYTHING);
        }
    }

    /**
     * Sums the stale ranges again, in the caller's transaction, one range per player (from its
     * first stale time to its last), or everything when the whole database is marked; then drops
     * the marks it read. A mark committed meanwhile stays for the next time. The caller runs one at
     * a time: two would sum the same ranges twice. The stale list is not locked as a whole, since an
     * import that marks at its end while holding its new rows would deadlock with a sum waiting to
     * read them.
     */
    static void freshen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long newest;
            boolean everything;
            try (ResultSet row = statement.executeQuery("SELECT MAX(id), COUNT(*) - COUNT(player_id) FROM " + STALE)) {
                row.next();
                newest = row.getLong(1);
                if (row.wasNull()) {
                    return;
                }
                everything = row.getLong(2) > 0;
            }
            if (everything) {
                sumEverything(statement);
            } else {
                sumStalePlayers(connection, newest);
            }
            statement.executeUpdate("DELETE FROM " + STALE + " WHERE id <= " + newest);
        }
    }

    private static void sumEverything(Statement statement) throws SQLException {
        for (String table : SUM_TABLES) {
            statement.executeUpdate("DELETE FROM " + table);
        }
        statement.executeUpdate(SUM_SWINGS.formatted(EVERY_SWING));
        statement.executeUpdate(SUM_EVENTS.formatted(EVERY_EVENT, EVERY_BATTER));
        statement.executeUpdate(SUM_PAIRS.formatted(EVERY_EVENT, EVERY_BATTER));
    }

    private static void sumStalePlayers(Connection connection, long newest) throws SQLException {
        try (PreparedStatement ranges = connection.prepareStatement("SELECT player_id, MIN(first_millis), MAX(last_millis) FROM "
                + STALE + " WHERE id <= " + newest + " GROUP BY player_id ORDER BY player_id");
                PreparedStatement sumSwings = connection.prepareStatement(SUM_SWINGS.formatted(PLAYER_SWINGS));
                PreparedStatement sumEvents = connection.prepareStatement(SUM_EVENTS.formatted(PLAYER_EVENTS,
                        PLAYER_EVENTS_WHERE));
                PreparedStatement sumPairs = connection.prepareStatement(SUM_PAIRS.formatted(PLAYER_EVENTS,
                        PLAYER_EVENTS_WHERE));
                ResultSet range = ranges.executeQuery()) {
            List<PreparedStatement> sums = List.of(sumSwings, sumEvents, sumPairs);
            while (range.next()) {
                String player = range.getString(1);
                long firstQuarter = range.getLong(2) / QUARTER_MILLIS;
                long lastQuarter = range.getLong(3) / QUARTER_MILLIS;
                for (int part = 0; part < SUM_TABLES.size(); part++) {
                    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + SUM_TABLES.get(part)
                            + " WHERE player_id = ? AND quarter BETWEEN ? AND ?")) {
                        delete.setString(1, player);
                        delete.setLong(2, firstQuarter);
                        delete.setLong(3, lastQuarter);
                        delete.executeUpdate();
                    }
                    PreparedStatement sum = sums.get(part);
                    sum.setString(1, player);
                    sum.setLong(2, firstMillis(firstQuarter));
                    sum.setLong(3, lastMillis(lastQuarter));
                    sum.executeUpdate();
                }
            }
        }
    }

    /** The first time whose quarter (SQL's division, which truncates) is {@code quarter}. */
    private static long firstMillis(long quarter) {
        return quarter > 0 ? quarter * QUARTER_MILLIS : quarter * QUARTER_MILLIS - (QUARTER_MILLIS - 1);
    }

    /** The last time whose quarter is {@code quarter}. */
    private static long lastMillis(long quarter) {
        return quarter >= 0 ? quarter * QUARTER_MILLIS + QUARTER_MILLIS - 1 : quarter * QUARTER_MILLIS;
    }
}
