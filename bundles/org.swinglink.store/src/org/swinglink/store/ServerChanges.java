package org.swinglink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection and a thread of its own, for the {@link ChangeNotices} other programs'
 * commits send, and passes on which tables they changed. A lost connection (the server restarted)
 * (the server restarted, or a network that dropped it, found by asking the server every 15 s) is
 * opened again; as notices sent meanwhile are gone, the listener is then told that everything may
 * have changed.
 */
final class ServerChanges implements Store.Listening {
    private static final int POLL_MILLIS = 500;
    private static final int RETRY_MILLIS = 5_000;
    private static final int ALIVE_CHECK_MILLIS = 15_000;

    private final DataSource source;
    private final Consumer<Set<String>> onChange;
    private final Thread listener;
    private volatile boolean closed;

    private ServerChanges(DataSource source, Consumer<Set<String>> onChange) {
        this.source = source;
        this.onChange = onChange;
        this.listener = new Thread(this::listen, "SwingLink: changes by other programs");
        listener.setDaemon(true);
    }

    static ServerChanges start(DataSource source, Consumer<Set<String>> onChange) {
        ServerChanges changes = new ServerChanges(source, onChange);
        changes.listener.start();
        return changes;
    }

    private void listen() {
        boolean reconnecting = false;
        while (!closed) {
            try (Connection connection = source.getConnection(); Statement statements = connection.createStatement()) {
                statements.execute("LISTEN " + ChangeNotices.CHANNEL);
                if (reconnecting) {
                    tell(Set.copyOf(ChangeNotices.TABLES));
                    reconnecting = false;
                }
                PGConnection notices = connection.unwrap(PGConnection.class);
                long lastAsked = System.nanoTime();
                while (!closed) {
                    tell(byOthers(notices.getNotifications(POLL_MILLIS)));
                    if (System.nanoTime() - lastAsked > TimeUnit.MILLISECONDS.toNanos(ALIVE_CHECK_MILLIS)) {
                        // waiting for notices sends nothing: a connection the network dropped would never say so
                        statements.execute("SELECT 1");
                        lastAsked = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) { // the connection lost, or the driver's own failure
                if (!closed) {
                    System.getLogger(ServerChanges.class.getName()).log(System.Logger.Level.INFO,
                            "Listening for other programs' changes again in " + RETRY_MILLIS / 1000 + " s: " + e.getMessage());
                }
                reconnecting = true;
                pause();
            }
        }
    }

    /** Passes the tables on; the listener's own failure is logged and does not end listening. */
    private void tell(Set<String> tables) {
        if (tables.isEmpty()) {
            return;
        }
        try {
            onChange.accept(tables);
        } catch (RuntimeException e) {
            System.getLogger(ServerChanges.class.getName()).log(System.Logger.Level.ERROR, "A change notice could not be passed on", e);
        }
    }

    private static Set<String> byOthers(PGNotification[] notices) {
        Set<String> tables = new TreeSet<>();
        if (notices == null) {
            return tables;
        }
        for (PGNotification notice : notices) {
            String text = notice.getParameter();
            int space = text.indexOf(' ');
            if (space > 0 && !text.substring(space + 1).equals(ServerIdentity.APPLICATION_NAME)) {
                tables.add(text.substring(0, space));
            }
        }
        return tables;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
    }
}
