package org.connectedservice.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Does service work in a job, never on the UI thread, and hands the outcome to the control on the UI thread, for
 * the parts that run one call at a time.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    public static <T> void run(String name, Control control, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Display display = control.getDisplay();
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.call();
                ui(display, control, () -> done.accept(result));
            } catch (Exception e) {
                ui(display, control, () -> failed.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Runs on the UI thread unless the control is gone by then; callable from any thread. */
    public static void ui(Display display, Control control, Runnable update) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!control.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    /** The message a user should read for a failure. */
    public static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
