package org.connectedservice.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps a control current without ever computing on the UI thread: a system job fetches the data (database,
 * reduction, sorting), then one asyncExec hands it to the control. The job re-schedules itself until the control
 * is disposed, and never queues a second update while one is still pending, so a slow UI cannot pile up work.
 */
public final class PeriodicRefresh<T> {

    private static final Logger LOG = System.getLogger(PeriodicRefresh.class.getName());

    private final Control control;
    private final Display display;
    private final Supplier<T> fetch;
    private final Consumer<T> apply;
    private final long periodMillis;
    private final Job job;
    private volatile boolean stopped;

    private PeriodicRefresh(String name, Control control, long periodMillis, Supplier<T> fetch, Consumer<T> apply) {
        this.control = control;
        this.display = control.getDisplay();
        this.fetch = fetch;
        this.apply = apply;
        this.periodMillis = periodMillis;
        this.job = Job.create(name, monitor -> {
            runOnce();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
    }

    /** Starts refreshing now and every periodMillis until the control is disposed. */
    public static <T> PeriodicRefresh<T> start(String name, Control control, long periodMillis, Supplier<T> fetch,
            Consumer<T> apply) {
        PeriodicRefresh<T> refresh = new PeriodicRefresh<>(name, control, periodMillis, fetch, apply);
        control.addDisposeListener(e -> refresh.stop());
        refresh.job.schedule();
        return refresh;
    }

    /** Asks for a refresh as soon as possible, e.g. after the user picked another device. */
    public void refreshNow() {
        if (!stopped) {
            job.cancel();
            job.schedule();
        }
    }

    public void stop() {
        stopped = true;
        job.cancel();
    }

    private void runOnce() {
        if (stopped) {
            return;
        }
        try {
            T data = fetch.get();
            if (!stopped && !display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!control.isDisposed()) {
                        apply.accept(data);
                    }
                    scheduleNext();
                });
                return;
            }
        } catch (SWTException displayGone) {
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, job.getName() + " failed; retrying in " + periodMillis + " ms", e);
        }
        scheduleNext();
    }

    private void scheduleNext() {
        if (!stopped && !control.isDisposed()) {
            job.schedule(periodMillis);
        }
    }
}
