package org.swinglink.ui.tests;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The real SwingLink workbench (E4Application with {@code Application.e4xmi}, its add-ons, renderers,
 * parts and handlers) running its event loop on a UI thread of its own, so a test thread can drive
 * it through {@link #sync(Supplier)} like a user would, and wait for background jobs.
 */
class RunningWorkbench {
    private static final long START_SECONDS = 60;

    private final CompletableFuture<E4Workbench> started = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile Display display;
    private volatile boolean launched;

    /** A workbench not started yet: {@link #start()} opens it, once. */
    RunningWorkbench() {
    }

    /** Starts the workbench on a UI thread of its own and waits until its first window is up. */
    void start() {
        if (launched) {
            throw new IllegalStateException("This workbench has been started before");
        }
        launched = true;
        Thread ui = new Thread(this::run, "SwingLink UI");
        ui.setDaemon(true);
        ui.start();
        workbench(); // waits until the first window is up
    }

    private void run() {
        try {
            display = new Display();
            E4Workbench workbench = new E4Application().createE4Workbench(new TestApplicationContext(
                    "-applicationXMI", "org.swinglink.ui/Application.e4xmi",
                    "-applicationCSS", "platform:/plugin/org.swinglink.ui/css/swinglink.css",
                    "-persistState", "false"), display);
            useThisDisplayForUiEvents(workbench.getContext());
            display.asyncExec(() -> started.complete(workbench)); // runs once the windows are rendered
            workbench.createAndRunUI(workbench.getApplication());
            workbench.close(); // as E4Application does when its event loop ends
            ended.complete(null);
        } catch (Throwable failure) {
            started.completeExceptionally(failure);
            ended.completeExceptionally(failure);
        } finally {
            if (display != null && !display.isDisposed()) {
                display.dispose();
            }
        }
    }

    /**
     * The supplier of {@code @UIEventTopic} events is one OSGi service for the whole framework, given
     * the UISynchronize of the first workbench that asks for it. A test class that starts the workbench
     * after another one closed it would have its UI events sent to the disposed display: hand the
     * supplier this workbench's.
     */
    private static void useThisDisplayForUiEvents(IEclipseContext context) throws InvalidSyntaxException {
        BundleContext bundle = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
        ServiceReference<?>[] references = bundle.getAllServiceReferences("org.eclipse.e4.core.di.suppliers.ExtendedObjectSupplier",
                "(dependency.injection.annotation=org.eclipse.e4.ui.di.UIEventTopic)");
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            Object supplier = bundle.getService(reference);
            if (supplier != null) {
                ContextInjectionFactory.inject(supplier, context);
                bundle.ungetService(reference);
            }
        }
    }

    E4Workbench workbench() {
        return await(started, START_SECONDS, "the workbench to open its window");
    }

    MApplication application() {
        return workbench().getApplication();
    }

    IEclipseContext context() {
        return application().getContext();
    }

    Shell mainShell() {
        return sync(() -> {
            MWindow window = application().getChildren().get(0);
            return (Shell) window.getWidget();
        });
    }

    Display display() {
        return display;
    }

    /** Runs {@code query} on the UI thread and returns its result; failures surface here. */
    <T> T sync(Supplier<T> query) {
        Object[] result = new Object[1];
        RuntimeException[] failure = new RuntimeException[1];
        Error[] error = new Error[1];
        display.syncExec(() -> {
            try {
                result[0] = query.get();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (Error e) {
                error[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        if (error[0] != null) {
            throw error[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    void syncRun(Runnable work) {
        sync(() -> {
            work.run();
            return null;
        });
    }

    /** Polls {@code condition} on the UI thread until it holds, failing with {@code what} after the timeout. */
    void waitUntil(String what, long timeoutMillis, Supplier<Boolean> condition) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!Boolean.TRUE.equals(sync(condition))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    /** Closes the workbench unless it never started or has ended, and waits for its end. */
    void closeIfRunning() {
        if (launched && started.isDone() && !started.isCompletedExceptionally() && !hasEnded()) {
            syncRun(() -> workbench().close());
            awaitEnd(30);
        }
    }

    /** Waits until the event loop has ended after the workbench was asked to close. */
    void awaitEnd(long seconds) {
        await(ended, seconds, "the workbench to close");
    }

    boolean hasEnded() {
        return ended.isDone();
    }

    private static <T> T await(CompletableFuture<T> future, long seconds, String what) {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The workbench failed while waiting for " + what, e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + seconds + " s waiting for " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + what, e);
        }
    }
}
