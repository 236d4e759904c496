package org.swinglink.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests: the one {@code scripts/test} started (its address in
 * {@code SWINGLINK_TEST_POSTGRES}, its password in {@code PGPASSWORD}), else one this JVM starts with
 * {@code scripts/postgres-server} and stops when it ends. Each test gets a database of its own.
 */
public final class PostgresServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer running;

    private final String address;
    private final String password;

    private PostgresServer(String address, String password) {
        this.address = address;
        this.password = password;
    }

    /** The server, started on first use. */
    public static synchronized PostgresServer get() {
        if (running == null) {
            String address = System.getenv("SWINGLINK_TEST_POSTGRES");
            running = address != null && !address.isBlank() ? new PostgresServer(address, System.getenv("PGPASSWORD"))
                    : startOwn();
        }
        return running;
    }

    private static PostgresServer startOwn() {
        Path script = repositoryRoot().resolve("scripts/postgres-server");
        try {
            Path folder = Files.createTempDirectory("swinglink-postgres-");
            run(script.toString(), "start", folder.toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(script.toString(), "stop", folder.toString());
                } catch (RuntimeException e) {
                    System.err.println("Could not stop the test PostgreSQL server in " + folder + ": " + e.getMessage());
                }
            }));
            Map<String, String> env = new HashMap<>();
            for (String line : Files.readAllLines(folder.resolve("env"))) {
                String assignment = line.replaceFirst("^export ", "");
                int equals = assignment.indexOf('=');
                env.put(assignment.substring(0, equals), assignment.substring(equals + 1));
            }
            return new PostgresServer(env.get("SWINGLINK_TEST_POSTGRES"), env.get("PGPASSWORD"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a PostgreSQL server for the tests", e);
        }
    }

    /** Tests run in their module's folder, tests/NAME, two below the repository's root. */
    private static Path repositoryRoot() {
        Path folder = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path candidate = folder; candidate != null; candidate = candidate.getParent()) {
            if (Files.isExecutable(candidate.resolve("scripts/postgres-server"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No scripts/postgres-server above " + folder);
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The role's password, as PGPASSWORD would give it. */
    public String password() {
        return password;
    }

    /** A new, empty database on the server: its postgresql:// address. */
    public String newDatabase() {
        String name = "swinglink_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = connect(address); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return address.substring(0, address.lastIndexOf('/') + 1) + name;
    }

    /** A plain JDBC connection to a database of the server, for what a test checks behind the store's back. */
    public Connection connect(String databaseAddress) throws SQLException {
        String rest = databaseAddress.substring("postgresql://".length());
        String user = rest.substring(0, rest.indexOf('@'));
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return new org.postgresql.Driver().connect("jdbc:postgresql://" + rest.substring(rest.indexOf('@') + 1), properties);
    }
}
