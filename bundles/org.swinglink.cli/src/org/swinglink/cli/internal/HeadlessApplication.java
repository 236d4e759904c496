package org.swinglink.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless product's entry point. Returns the command's exit code: Equinox exits 0 when an
 * exception escapes {@code start}, so nothing may escape.
 */
public class HeadlessApplication implements IApplication {
    private static final Duration DROPINS_TIMEOUT = Duration.ofSeconds(15);

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        // UTF-8 whatever the locale or console code page says: a CSV redirected to a file must keep every
        // name (the Windows launcher switches the console to UTF-8 for the run).
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try (OsgiServices services = new OsgiServices(FrameworkUtil.getBundle(getClass()).getBundleContext())) {
            awaitDropins(services, err);
            return SwingLinkCommand.run(services, out, err, arguments);
        } catch (OutOfMemoryError e) { // before a command runs, so there is no database folder for the details
            err.println(OutOfMemory.sentence(e, "swinglink", java.util.Optional.empty()));
            return ExitCodes.SOFTWARE;
        } catch (RuntimeException | LinkageError e) {
            err.println("SwingLink failed unexpectedly: " + e);
            e.printStackTrace(err);
            return ExitCodes.SOFTWARE;
        }
    }

    /** A batch run imports with every parser in the drop-ins folder, so it waits for the folder's watcher first. */
    private static void awaitDropins(OsgiServices services, PrintWriter err) {
        List<String> waiting = services.inventory().awaitDropins(DROPINS_TIMEOUT);
        if (!waiting.isEmpty()) {
            err.println("Drop-in parsers not ready after " + DROPINS_TIMEOUT.toSeconds() + " s, going on without them: "
                    + String.join(", ", waiting) + ". 'swinglink sources' says why.");
        }
    }

    @Override
    public void stop() {
        // Commands run to completion on the application thread; nothing to interrupt.
    }
}
