package org.connectedservice.ui.rules.internal;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A worker on the Eclipse job pool. Scheduling again while the work waits restarts the delay; while it runs, the job
 * runs once more after it (the work itself notices it was superseded and stops early).
 */
final class JobWorker implements Worker {

    private final Job job;

    private JobWorker(String name, Consumer<BooleanSupplier> work) {
        job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                work.accept(monitor::isCanceled);
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        };
        job.setSystem(true);
    }

    static Worker.Factory factory() {
        return JobWorker::new;
    }

    @Override
    public void schedule(long delayMillis) {
        if (job.getState() != Job.RUNNING) {
            job.cancel();
        }
        job.schedule(delayMillis);
    }

    @Override
    public void cancel() {
        job.cancel();
    }
}
