package org.swinglink.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throw-away PostgreSQL server for one test class ({@code @RegisterExtension static}), started
 * before its tests and stopped after them by {@code scripts/postgres-server}: its address
 * ({@code postgresql://swinglink@127.0.0.1:PORT/swinglink}) and the owner's password, and psql to
 * run statements as the owner.
 */
final class PostgresForTests implements BeforeAllCallback, AfterAllCallback {
    private Path folder;
    private String address;
    private String password;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        folder = Files.createTempDirectory("swinglink-product-postgres-");
        script("start", folder);
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("env"))) {
            String assignment = line.replaceFirst("^export ", "");
            env.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
        }
        address = env.get("SWINGLINK_TEST_POSTGRES");
        password = env.get("PGPASSWORD");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, InterruptedException {
        script("stop", folder);
    }

    /** {@code pg_ctl restart} in fast mode, as an update or a power-cycled server would: every open connection is cut. */
    void restart() throws IOException, InterruptedException {
        script("restart", folder);
    }

    String address() {
        return address;
    }

    String password() {
        return password;
    }

    private static void script(String command, Path folder) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (!Files.isExecutable(root.resolve("scripts/postgres-server"))) {
            root = root.getParent();
        }
        Process process = new ProcessBuilder(root.resolve("scripts/postgres-server").toString(), command, folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "scripts/postgres-server " + command + ":\n" + output);
    }

    /** Runs statements as the owner with the server's own psql; returns what it printed. */
    String psql(String... statements) throws IOException, InterruptedException {
        return psqlOn(address, statements);
    }

    /** The address of another database on this server, such as one a test makes with CREATE DATABASE. */
    String addressOf(String database) {
        return address.substring(0, address.lastIndexOf('/') + 1) + database;
    }

    /** {@link #psql} on the database at {@code databaseAddress}. */
    String psqlOn(String databaseAddress, String... statements) throws IOException, InterruptedException {
        Path psql = Files.list(Path.of("/usr/lib/postgresql")).map(version -> version.resolve("bin/psql"))
                .filter(Files::isExecutable).findFirst().orElse(Path.of("psql"));
        List<String> command = new ArrayList<>(List.of(psql.toString(), "-q", "-At", "-v", "ON_ERROR_STOP=1", databaseAddress));
        for (String statement : statements) {
            command.addAll(List.of("-c", statement));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "psql: " + output);
        return output;
    }
}
