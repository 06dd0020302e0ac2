package org.connectedservice.ui.simulator;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a simulator call in a job, never on the UI thread (a fleet of thousands or a scenario run takes a while),
 * then hands the answer or the error back to the UI thread while the owning control still exists.
 */
final class Background {

    private final Control owner;

    Background(Control owner) {
        this.owner = owner;
    }

    <T> void run(String name, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.call();
                onUiThread(() -> done.accept(result));
            } catch (Exception e) {
                onUiThread(() -> failed.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    void onUiThread(Runnable action) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                action.run();
            }
        });
    }
}
