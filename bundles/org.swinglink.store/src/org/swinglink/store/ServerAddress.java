package org.swinglink.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A shared database on a PostgreSQL server, as a user writes it: {@code postgresql://[user@]host[:port]/dbname}
 * with {@code ?sslmode=...}, or a {@code jdbc:postgresql:} URL. A password never comes from the
 * address (it would end up in shell histories, process lists and logs): {@link PasswordSource}
 * finds it the way libpq does.
 *
 * @param host     the server's host name or address
 * @param port     its port (5432 unless given)
 * @param database the database's name
 * @param user     the role to connect as (the computer's user name unless given, as libpq does)
 * @param sslMode  libpq's {@code sslmode} when given
 */
public record ServerAddress(String host, int port, String database, String user, Optional<String> sslMode) {
    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Whether {@code text} is meant as a server address rather than a folder. */
    public static boolean isServerAddress(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("jdbc:postgresql:");
    }

    /**
     * Reads an address.
     *
     * @throws IllegalArgumentException saying what is wrong, without repeating a password the text held
     */
    public static ServerAddress parse(String text, String computerUser) {
        String trimmed = text.strip();
        boolean jdbc = trimmed.toLowerCase(Locale.ROOT).startsWith("jdbc:");
        URI uri;
        try {
            uri = new URI(jdbc ? trimmed.substring("jdbc:".length()) : trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a PostgreSQL address: write postgresql://[user@]host[:port]/dbname");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new IllegalArgumentException("the address holds a password: leave it out and put it in PGPASSWORD or ~/.pgpass");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("the address names no host: write postgresql://[user@]host[:port]/dbname");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isBlank() || database.contains("/")) {
            throw new IllegalArgumentException("the address names no database: write postgresql://[user@]host[:port]/dbname");
        }
        Map<String, String> query = query(uri.getRawQuery());
        if (query.containsKey("password")) {
            throw new IllegalArgumentException("the address holds a password: leave it out and put it in PGPASSWORD or ~/.pgpass");
        }
        String user = userInfo != null ? decode(userInfo) : query.getOrDefault("user", computerUser);
        Optional<String> sslMode = Optional.ofNullable(query.get("sslmode"));
        if (sslMode.isPresent() && !SSL_MODES.contains(sslMode.get())) {
            throw new IllegalArgumentException("sslmode " + sslMode.get() + " is none of " + String.join(", ",
                    SSL_MODES.stream().sorted().toList()));
        }
        Set<String> unknown = new java.util.TreeSet<>(query.keySet());
        unknown.removeAll(Set.of("user", "sslmode"));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the address's " + String.join(", ", unknown)
                    + " is not understood: only user and sslmode may follow the ?");
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, user, sslMode);
    }

    /** {@code text} as it may be shown when it cannot be read: a password in it replaced by stars. */
    public static String withoutPassword(String text) {
        return text.replaceAll("(//[^/:@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            parameters.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The JDBC URL the driver is given: no user and no password, which go as connection properties. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database
                + sslMode.map(mode -> "?sslmode=" + mode).orElse("");
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** The address as the user may see it in messages and logs: never a password, since it never holds one. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + hostForUrl() + ":" + port + "/" + database
                + sslMode.map(mode -> "?sslmode=" + mode).orElse("");
    }
}
