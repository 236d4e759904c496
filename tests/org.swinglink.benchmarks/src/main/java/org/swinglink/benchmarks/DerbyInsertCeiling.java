package org.swinglink.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What embedded Derby alone does with SwingLink's tables: inserts rows shaped like a season's
 * (half HitTrax events, half sensor swings, times in UTC milliseconds) through batched JDBC in
 * one transaction, into a copy of a database the headless product made, with nothing else going
 * on: no parsing, no pairing, no JVM or OSGi start. The import's rows/s can be set against it.
 *
 * Keys are numbers counted up, as the store hands them out, or random UUIDs as release 0.1.0 made
 * them (to show what the numbers gave).
 *
 * <pre>java -cp ... org.swinglink.benchmarks.DerbyInsertCeiling PRODUCT_DB_DIR ROWS [numbers|uuids]</pre>
 */
public final class DerbyInsertCeiling {
    private static final int BATCH = 1000;

    private DerbyInsertCeiling() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || args.length == 3 && !args[2].matches("numbers|uuids")) {
            System.err.println("usage: DerbyInsertCeiling PRODUCT_DB_DIR ROWS [numbers|uuids]");
            System.exit(2);
        }
        Path copy = Files.createTempDirectory("derby-ceiling");
        try {
            copyFolder(Path.of(args[0]).resolve("derby"), copy.resolve("derby"));
            long rows = Long.parseLong(args[1]);
            try (Connection connection = DriverManager.getConnection("jdbc:derby:" + copy.resolve("derby"))) {
                connection.setAutoCommit(false);
                long started = System.nanoTime();
                boolean uuids = args.length == 3 && args[2].equals("uuids");
                insert(connection, rows, uuids);
                connection.commit();
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "Derby alone: %d rows (events and swings, keys %s) in %.2f s = %.0f rows/s%n",
                        rows, uuids ? "random UUIDs" : "numbers counted up", seconds, rows / seconds);
            }
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        } finally {
            try (Stream<Path> files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void insert(Connection connection, long rows, boolean uuids) throws SQLException {
        String session;
        String player;
        String importId;
        try (Statement query = connection.createStatement()) {
            try (ResultSet row = query.executeQuery("SELECT id, user_id, import_session_id FROM hittrax_sessions FETCH FIRST ROW ONLY")) {
                if (!row.next()) {
                    throw new IllegalArgumentException("the database holds no import to copy the shape of");
                }
                session = row.getString(1);
                player = row.getString(2);
                importId = row.getString(3);
            }
        }
        try (PreparedStatement events = connection.prepareStatement("""
                INSERT INTO hittrax_events (id, session_id, event_timestamp, source_line, pitch_number, at_bat,
                  pitch_speed, pitch_type, strike_zone, exit_velocity, launch_angle, distance, horizontal_angle,
                  result, hit_type, points, spray_chart_x, spray_chart_z)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement swings = connection.prepareStatement("""
                        INSERT INTO sensor_swings (id, user_id, import_session_id, sensor_type, sensor_device_id,
                          sensor_timestamp, source_file, source_line, bat_speed, attack_angle, time_to_contact,
                          peak_hand_speed, blast_factor, power_output, rotation_metric, assigned,
                          assigned_at, assigned_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            long base = System.currentTimeMillis();
            long nextKey = 1_000_000_000L; // above the product's own ids in the copied database
            long now = base;
            for (long i = 0; i < rows; i++) {
                long time = base + i * 7_000;
                if (i % 2 == 0) {
                    events.setString(1, uuids ? UUID.randomUUID().toString() : Long.toString(nextKey++));
                    events.setString(2, session);
                    events.setLong(3, time);
                    events.setLong(4, i);
                    for (int column = 5; column <= 18; column++) {
                        if (column == 8 || column == 14 || column == 15) {
                            events.setString(column, "FB");
                        } else {
                            events.setInt(column, (int) (i % 90));
                        }
                    }
                    events.addBatch();
                } else {
                    swings.setString(1, uuids ? UUID.randomUUID().toString() : Long.toString(nextKey++));
                    swings.setString(2, player);
                    swings.setString(3, importId);
                    swings.setString(4, "blast");
                    swings.setString(5, null);
                    swings.setLong(6, time);
                    swings.setString(7, "metrics/2026-02-01/Metrics - Ava Martinez.csv");
                    swings.setLong(8, i);
                    for (int column = 9; column <= 15; column++) {
                        swings.setDouble(column, i % 80 + 0.5);
                    }
                    swings.setShort(16, (short) 1);
                    swings.setLong(17, now);
                    swings.setString(18, "import");
                    swings.setLong(19, now);
                    swings.addBatch();
                }
                if (i % (2 * BATCH) == 2 * BATCH - 1) {
                    events.executeBatch();
                    swings.executeBatch();
                }
            }
            events.executeBatch();
            swings.executeBatch();
        }
    }


    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().endsWith(".lck")) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
