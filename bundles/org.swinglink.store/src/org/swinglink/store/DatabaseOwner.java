package org.swinglink.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;

/**
 * Who holds a database: written into its folder while a process has it open, so a second process,
 * which embedded Derby turns away, can say which program to close instead of quoting Derby.
 *
 * @param pid     the holding process
 * @param program what it is, e.g. "the SwingLink workbench"
 * @param user    who started it
 * @param host    where it runs
 * @param since   when it opened the database
 */
public record DatabaseOwner(long pid, String program, String user, String host, Instant since) {
    static final String FILE_NAME = "owner.properties";
    private static final System.Logger LOG = System.getLogger(DatabaseOwner.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    /** This process, described by the application it runs. */
    static DatabaseOwner thisProcess() {
        return new DatabaseOwner(ProcessHandle.current().pid(), programName(), System.getProperty("user.name", "?"),
                hostName(), Instant.now());
    }

    private static String programName() {
        String application = System.getProperty("eclipse.application", "");
        if (application.startsWith("org.swinglink.cli")) {
            return "the SwingLink command line (swinglink)";
        }
        if (application.contains("E4Application")) {
            return "the SwingLink workbench";
        }
        return "a SwingLink process";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this computer";
        }
    }

    /** Records this owner in the folder; a failure to write only costs the better message later. */
    void writeTo(DatabaseFolder folder) {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("program", program);
        properties.setProperty("user", user);
        properties.setProperty("host", host);
        properties.setProperty("since", since.toString());
        Path file = folder.root().resolve(FILE_NAME);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder.root(), "owner", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "The process that has this SwingLink database open");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) { // the database works without it; only the message naming the holder is lost
            LOG.log(System.Logger.Level.WARNING, "Cannot record this process as the owner of the database in " + file + ": " + e);
            deleteQuietly(temporary);
        }
    }

    /** A temporary record that could not take its place: left, one would pile up in the folder at every start. */
    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot remove " + temporary + ": " + e);
        }
    }

    /** Removes the record if it is still this owner's. */
    void removeFrom(DatabaseFolder folder) {
        Path file = folder.root().resolve(FILE_NAME);
        if (readFrom(folder).map(owner -> owner.pid == pid).orElse(false)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) { // a stale record is ignored once its process is gone
                LOG.log(System.Logger.Level.WARNING, "Cannot remove the owner record " + file + ": " + e);
            }
        }
    }

    /** The recorded owner, if the record exists and its process still runs. */
    static Optional<DatabaseOwner> liveOwnerOf(DatabaseFolder folder) {
        return readFrom(folder).filter(DatabaseOwner::stillRuns);
    }

    /** Its process runs and is the one that wrote the record, not a later one given the same pid. */
    private boolean stillRuns() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        return process.isPresent() && process.get().info().startInstant().map(start -> !start.isAfter(since)).orElse(true);
    }

    /** Whether the record names a process other than this one. */
    boolean isAnotherProcess() {
        return pid != ProcessHandle.current().pid();
    }

    private static Optional<DatabaseOwner> readFrom(DatabaseFolder folder) {
        Path file = folder.root().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return Optional.of(new DatabaseOwner(Long.parseLong(properties.getProperty("pid", "-1")),
                    properties.getProperty("program", "a SwingLink process"), properties.getProperty("user", "?"),
                    properties.getProperty("host", "?"), Instant.parse(properties.getProperty("since", Instant.EPOCH.toString()))));
        } catch (IOException | RuntimeException e) { // then Derby's own refusal is all a second process can say
            LOG.log(System.Logger.Level.WARNING, "Cannot read the owner record " + file + ": " + e);
            return Optional.empty();
        }
    }

    /** "the SwingLink workbench (process 1234, started by ana on host h at 2026-11-25 07:12:03)". */
    String describe() {
        return program + " (process " + pid + ", started by " + user + " on " + host + " at " + WHEN.format(since) + ")";
    }
}
