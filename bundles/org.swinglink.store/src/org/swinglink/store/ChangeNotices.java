package org.swinglink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Tells every program on a PostgreSQL server when another one changed what they show: a statement
 * trigger on each table the views read sends {@code NOTIFY swinglink_changes} with the table's name
 * and the changing program's application name ({@link ServerIdentity}), whichever code made the
 * change (an import from the cage PC, an assignment in another workbench, the command line).
 * PostgreSQL delivers a notice only when its transaction commits, and one per table and program
 * however many rows changed. Embedded Derby admits one program: nobody to tell.
 */
final class ChangeNotices {
    static final String CHANNEL = "swinglink_changes";
    /** The tables whose changes the workbench's views show. */
    static final List<String> TABLES = List.of("import_sessions", "sensor_swings", "hittrax_events", "users");

    private static final String FUNCTION = """
            CREATE OR REPLACE FUNCTION swinglink_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('%s', TG_TABLE_NAME || ' ' || current_setting('application_name'));
              RETURN NULL;
            END $$""".formatted(CHANNEL);

    private ChangeNotices() {
    }

    /** Part of the schema stamp. */
    static List<String> definitions() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(FUNCTION), TABLES.stream().map(ChangeNotices::trigger)).toList();
    }

    /** Makes (again) the function and the tables' triggers on a server; nothing on Derby. */
    static void createOrRenew(Connection connection) throws SQLException {
        if (Engine.of(connection) != Engine.POSTGRESQL) {
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute(FUNCTION);
            for (String table : TABLES) {
                ddl.execute("DROP TRIGGER IF EXISTS " + triggerName(table) + " ON " + table);
                ddl.execute(trigger(table));
            }
        }
    }

    private static String trigger(String table) {
        return "CREATE TRIGGER " + triggerName(table) + " AFTER INSERT OR UPDATE OR DELETE ON " + table
                + " FOR EACH STATEMENT EXECUTE FUNCTION swinglink_changed()";
    }

    private static String triggerName(String table) {
        return "swinglink_changed_" + table;
    }
}
