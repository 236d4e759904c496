package org.swinglink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The indexes the aggregates need: a player's rows within a time range. Without them Derby reads
 * every row of the player for each session it sums (a player with 25,000 swings and 200 sessions:
 * five million row reads); with them each session is one range of one B-tree. Events reach their
 * player through their HitTrax session, so theirs is by session and time.
 */
final class AggregateIndexes {
    /** Part of the schema stamp: a database without them gets them. */
    static final List<String> DEFINITIONS = List.of(
            "CREATE INDEX ix_sensor_swings_user_time ON sensor_swings (user_id, sensor_timestamp)",
            "CREATE INDEX ix_hittrax_events_session_time ON hittrax_events (session_id, event_timestamp)");

    private AggregateIndexes() {
    }

    static void createWhereMissing(Connection connection) throws SQLException {
        for (String definition : DEFINITIONS) {
            String name = definition.split(" ")[2];
            if (!Engine.of(connection).has(connection, Engine.Kind.INDEX, name)) {
                try (Statement create = connection.createStatement()) {
                    create.execute(definition);
                }
            }
        }
    }
}
