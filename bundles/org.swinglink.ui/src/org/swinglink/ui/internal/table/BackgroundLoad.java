package org.swinglink.ui.internal.table;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Control;
import org.swinglink.ui.internal.timing.LoadTimer;

/**
 * Runs a database query in a {@link Job} and hands the result to the UI thread. A newer load of the
 * same owner cancels an older one, so a slow query never overwrites a fresher result.
 */
public final class BackgroundLoad<T> {
    private final String name;
    private final Control owner;
    private final UISynchronize sync;
    private Job running;
    /** Which load is the newest; only its result may be shown (read and written on the UI thread). */
    private int newest;

    public BackgroundLoad(String name, Control owner, UISynchronize sync) {
        this.name = name;
        this.owner = owner;
        this.sync = sync;
    }

    /** Call on the UI thread; {@code show} and {@code fail} run there too, unless the owner is gone. */
    public void start(Supplier<T> query, Consumer<T> show, Consumer<RuntimeException> fail) {
        if (running != null) {
            running.cancel();
        }
        int load = ++newest;
        long started = System.nanoTime();
        Job job = Job.create(name, monitor -> {
            try {
                T result = query.get();
                if (!monitor.isCanceled()) {
                    // An older load that finished late must not overwrite a newer result.
                    onUiThread(() -> {
                        if (load == newest) {
                            show.accept(result);
                            LoadTimer.shown(name, result, started);
                        }
                    });
                }
            } catch (RuntimeException e) {
                ILog.of(BackgroundLoad.class).error(name + " failed", e);
                onUiThread(() -> fail.accept(e));
            }
        });
        job.setSystem(true);
        running = job;
        job.schedule();
    }

    private void onUiThread(Runnable work) {
        sync.asyncExec(() -> {
            if (!owner.isDisposed()) {
                work.run();
            }
        });
    }
}
