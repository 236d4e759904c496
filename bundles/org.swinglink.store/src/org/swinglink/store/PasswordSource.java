package org.swinglink.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the password for a {@link ServerAddress} as libpq does, so a facility's existing
 * {@code psql} set-up works unchanged: {@code PGPASSWORD}, else the first line of the password file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows {@code %APPDATA%\\postgresql\\pgpass.conf}) whose {@code hostname:port:database:username} fields
 * match, {@code *} matching anything and {@code \} escaping {@code :} and itself. As libpq does, a
 * password file that others can read is not used (and {@link #warnings()} says so).
 */
public final class PasswordSource {
    private static final Set<PosixFilePermission> OTHERS_ACCESS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Map<String, String> environment;
    private final Path defaultFile;
    private final List<String> warnings = new ArrayList<>();

    /** With {@code home/.pgpass} as the password file unless {@code PGPASSFILE} names one. */
    public PasswordSource(Map<String, String> environment, Path home) {
        this(home.resolve(".pgpass"), environment);
    }

    private PasswordSource(Path defaultFile, Map<String, String> environment) {
        this.environment = environment;
        this.defaultFile = defaultFile;
    }

    /** From this process's environment and the user's home folder, with this platform's password file. */
    public static PasswordSource ofThisProcess() {
        return new PasswordSource(defaultFile(), System.getenv());
    }

    /** The password file libpq reads on this computer when {@code PGPASSFILE} names none. */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Where libpq looks when {@code PGPASSFILE} is not set. */
    public static Path defaultFile(String osName, Map<String, String> environment, Path home) {
        String appData = environment.get("APPDATA");
        if (osName != null && osName.startsWith("Windows") && appData != null && !appData.isBlank()) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home.resolve(".pgpass");
    }

    /** The password for {@code address}, or empty when none is set (the server may not ask for one). */
    public Optional<String> passwordFor(ServerAddress address) {
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        Path file = Optional.ofNullable(environment.get("PGPASSFILE")).filter(name -> !name.isBlank()).map(Path::of)
                .orElse(defaultFile);
        if (!Files.isRegularFile(file) || readableByOthers(file)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Optional<String> password = match(line, address);
                if (password.isPresent()) {
                    return password;
                }
            }
        } catch (IOException e) {
            warnings.add("Cannot read the password file " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** What the user should be told about the password file, once a password was looked for. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    private boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS_ACCESS::contains)) {
                warnings.add("The password file " + file + " can be read by others, so it is not used"
                        + " (chmod 0600 " + file + ")");
                return true;
            }
            return false;
        } catch (UnsupportedOperationException | IOException e) {
            return false; // no POSIX permissions (Windows): libpq does not check either
        }
    }

    /** The line's password when its first four fields match the address. */
    static Optional<String> match(String line, ServerAddress address) {
        if (line.isBlank() || line.startsWith("#")) {
            return Optional.empty();
        }
        List<String> fields = fields(line);
        if (fields.size() < 5) {
            return Optional.empty();
        }
        boolean matches = matches(fields.get(0), address.host()) && matches(fields.get(1), Integer.toString(address.port()))
                && matches(fields.get(2), address.database()) && matches(fields.get(3), address.user());
        return matches ? Optional.of(fields.get(4)) : Optional.empty();
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** Splits on unescaped colons; the fifth field (the password) keeps whatever colons follow. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
