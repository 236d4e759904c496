package org.swinglink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The triggers that mark {@link SeasonSums} stale when rows change after their import, whichever
 * code changes them: the swing's player or time (its player's swing sums), its ball (the pair's
 * batter's pair sums), a ball's session or time, a session's batter, and deleted rows. Derby's
 * trigger is one statement; PostgreSQL's runs a function, which can test what changed first.
 */
final class SeasonSumsTriggers {
    private static final List<String> DERBY = List.of("""
            CREATE TRIGGER season_sums_swing_changed
            AFTER UPDATE OF user_id, sensor_timestamp, hittrax_event_id ON sensor_swings
            REFERENCING OLD AS o NEW AS n FOR EACH ROW
            """ + SeasonSums.MARK + """
            SELECT v.p, v.t, v.t FROM TABLE (VALUES (o.user_id, o.sensor_timestamp), (n.user_id, n.sensor_timestamp)) AS v (p, t)
              WHERE v.p IS NOT NULL AND (COALESCE(o.user_id, '') <> COALESCE(n.user_id, '')
                OR o.sensor_timestamp <> n.sensor_timestamp)
            UNION ALL
            SELECT h.user_id, e.event_timestamp, e.event_timestamp
              FROM hittrax_events e JOIN hittrax_sessions h ON h.id = e.session_id
              WHERE e.id IN (o.hittrax_event_id, n.hittrax_event_id) AND h.user_id IS NOT NULL
                AND COALESCE(o.hittrax_event_id, '') <> COALESCE(n.hittrax_event_id, '')""", """
            CREATE TRIGGER season_sums_swing_deleted
            AFTER DELETE ON sensor_swings REFERENCING OLD AS o FOR EACH ROW
            """ + SeasonSums.MARK + """
            SELECT o.user_id, o.sensor_timestamp, o.sensor_timestamp FROM sysibm.sysdummy1 WHERE o.user_id IS NOT NULL
            UNION ALL
            SELECT h.user_id, e.event_timestamp, e.event_timestamp
              FROM hittrax_events e JOIN hittrax_sessions h ON h.id = e.session_id
              WHERE e.id = o.hittrax_event_id AND h.user_id IS NOT NULL""", """
            CREATE TRIGGER season_sums_event_changed
            AFTER UPDATE OF session_id, event_timestamp ON hittrax_events
            REFERENCING OLD AS o NEW AS n FOR EACH ROW
            """ + SeasonSums.MARK + """
            SELECT h.user_id, v.t, v.t FROM TABLE (VALUES (o.session_id, o.event_timestamp), (n.session_id, n.event_timestamp))
              AS v (sid, t) JOIN hittrax_sessions h ON h.id = v.sid WHERE h.user_id IS NOT NULL""", """
            CREATE TRIGGER season_sums_event_deleted
            AFTER DELETE ON hittrax_events REFERENCING OLD AS o FOR EACH ROW
            """ + SeasonSums.MARK + """
            SELECT h.user_id, o.event_timestamp, o.event_timestamp FROM hittrax_sessions h
              WHERE h.id = o.session_id AND h.user_id IS NOT NULL""", """
            CREATE TRIGGER season_sums_batter_changed
            AFTER UPDATE OF user_id ON hittrax_sessions
            REFERENCING OLD AS o NEW AS n FOR EACH ROW
            """ + SeasonSums.MARK + """
            SELECT v.p, MIN(e.event_timestamp), MAX(e.event_timestamp)
              FROM hittrax_events e, TABLE (VALUES (o.user_id), (n.user_id)) AS v (p)
              WHERE e.session_id = n.id AND v.p IS NOT NULL AND COALESCE(o.user_id, '') <> COALESCE(n.user_id, '')
              GROUP BY v.p""");

    /** A PostgreSQL trigger: its table, what fires it, and the body of its function. */
    private record PostgresTrigger(String name, String table, String events, String body) {
        String function() {
            return "CREATE OR REPLACE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body
                    + "\n  RETURN NULL;\nEND\n$$";
        }

        String trigger() {
            return "CREATE TRIGGER " + name + " AFTER " + events + " ON " + table + " FOR EACH ROW EXECUTE FUNCTION " + name + "()";
        }
    }

    private static final String BATTER_OF_BALL = """
              SELECT h.user_id, e.event_timestamp, e.event_timestamp
                FROM hittrax_events e JOIN hittrax_sessions h ON h.id = e.session_id
                WHERE e.id IN (%s) AND h.user_id IS NOT NULL;""";

    private static final List<PostgresTrigger> POSTGRESQL = List.of(
            new PostgresTrigger("season_sums_swing_changed", "sensor_swings",
                    "UPDATE OF user_id, sensor_timestamp, hittrax_event_id OR DELETE", """
                      IF TG_OP = 'DELETE' THEN
                        %1$sSELECT OLD.user_id, OLD.sensor_timestamp, OLD.sensor_timestamp WHERE OLD.user_id IS NOT NULL;
                        %1$s%2$s
                        RETURN NULL;
                      END IF;
                      IF OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.sensor_timestamp IS DISTINCT FROM NEW.sensor_timestamp THEN
                        %1$sSELECT v.p, v.t, v.t FROM (VALUES (OLD.user_id, OLD.sensor_timestamp), (NEW.user_id, NEW.sensor_timestamp))
                          AS v (p, t) WHERE v.p IS NOT NULL;
                      END IF;
                      IF OLD.hittrax_event_id IS DISTINCT FROM NEW.hittrax_event_id THEN
                        %1$s%3$s
                      END IF;""".formatted(SeasonSums.MARK, BATTER_OF_BALL.formatted("OLD.hittrax_event_id"),
                    BATTER_OF_BALL.formatted("OLD.hittrax_event_id, NEW.hittrax_event_id"))),
            new PostgresTrigger("season_sums_event_changed", "hittrax_events", "UPDATE OF session_id, event_timestamp OR DELETE",
                    """
                      %1$sSELECT h.user_id, OLD.event_timestamp, OLD.event_timestamp FROM hittrax_sessions h
                        WHERE h.id = OLD.session_id AND h.user_id IS NOT NULL;
                      IF TG_OP = 'UPDATE' THEN
                        %1$sSELECT h.user_id, NEW.event_timestamp, NEW.event_timestamp FROM hittrax_sessions h
                          WHERE h.id = NEW.session_id AND h.user_id IS NOT NULL;
                      END IF;""".formatted(SeasonSums.MARK)),
            new PostgresTrigger("season_sums_batter_changed", "hittrax_sessions", "UPDATE OF user_id", """
                      IF OLD.user_id IS DISTINCT FROM NEW.user_id THEN
                        %1$sSELECT v.p, MIN(e.event_timestamp), MAX(e.event_timestamp)
                          FROM hittrax_events e, (VALUES (OLD.user_id), (NEW.user_id)) AS v (p)
                          WHERE e.session_id = NEW.id AND v.p IS NOT NULL GROUP BY v.p;
                      END IF;""".formatted(SeasonSums.MARK)));

    private SeasonSumsTriggers() {
    }

    /** Part of the schema stamp. */
    static List<String> definitions() {
        return Stream.concat(DERBY.stream(), POSTGRESQL.stream().flatMap(t -> Stream.of(t.function(), t.trigger()))).toList();
    }

    /** Drops the triggers an earlier definition made, so the sums' tables can be made afresh. */
    static void drop(Connection connection, Engine engine) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            if (engine == Engine.POSTGRESQL) {
                for (PostgresTrigger trigger : POSTGRESQL) {
                    ddl.execute("DROP TRIGGER IF EXISTS " + trigger.name() + " ON " + trigger.table());
                }
                return;
            }
            for (String trigger : DERBY) {
                String name = trigger.split("\\s+")[2];
                if (engine.has(connection, Engine.Kind.TRIGGER, name)) {
                    ddl.execute("DROP TRIGGER " + name);
                }
            }
        }
    }

    static void create(Connection connection, Engine engine) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            if (engine == Engine.POSTGRESQL) {
                for (PostgresTrigger trigger : POSTGRESQL) {
                    ddl.execute(trigger.function());
                    ddl.execute(trigger.trigger());
                }
                return;
            }
            for (String trigger : DERBY) {
                ddl.execute(trigger);
            }
        }
    }
}
