package org.swinglink.cli.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A request to stop a long-running command: SIGTERM (systemd stopping a service, {@code kill}) or
 * SIGINT (Ctrl+C). Their handlers only record the request instead of letting the JVM shut down
 * under a running import: the command sees it, lets the import finish or cancels it (rolled back
 * whole), returns 0 and the product shuts down as after any command. Any other end of the JVM
 * (SIGHUP, Windows closing the console) runs a shutdown hook that requests the stop too and holds
 * the JVM until the command has ended; nothing in Equinox stops the framework from a shutdown hook,
 * so the import's database is still there to roll it back.
 */
final class StopRequest implements AutoCloseable {
    /** systemd's default stop timeout is 90 s; an import is cancelled between batches of rows, in well under that. */
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(60);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Map<Signal, SignalHandler> replaced = new LinkedHashMap<>();
    private final Thread hook = new Thread(this::holdShutdown, "SwingLink stop request");
    private volatile String reason;

    private StopRequest() {
    }

    /** Takes over SIGTERM and SIGINT until {@link #close()}. */
    static StopRequest onSignals() {
        StopRequest stop = new StopRequest();
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal signal = new Signal(name);
                stop.replaced.put(signal, Signal.handle(signal, s -> stop.request("SIG" + s.getName())));
            } catch (IllegalArgumentException e) {
                // not on this platform, or the JVM keeps it (-Xrs): the shutdown hook stands in
            }
        }
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    void request(String why) {
        if (reason == null) {
            reason = why;
        }
        requested.countDown();
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    /** What asked to stop, such as {@code SIGTERM}; null while nothing did. */
    String reason() {
        return reason;
    }

    /** Waits at most {@code pause}; true when a stop was requested by then. */
    boolean await(Duration pause) {
        try {
            return requested.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request("an interrupt");
            return true;
        }
    }

    private void holdShutdown() {
        request("a shutdown of the JVM");
        try {
            ended.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has ended: signals do what they did before, and the JVM need not wait for it. */
    @Override
    public void close() {
        ended.countDown();
        replaced.forEach(Signal::handle);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and returns now that the command ended
        }
    }
}
