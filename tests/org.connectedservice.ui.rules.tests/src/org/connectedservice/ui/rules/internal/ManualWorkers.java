package org.connectedservice.ui.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Workers a test runs by hand: scheduling only marks the work as due, runDue runs what is due on the test thread. */
final class ManualWorkers implements Worker.Factory {

    final class Manual implements Worker {
        final String name;
        final Consumer<BooleanSupplier> work;
        boolean due;
        long lastDelay = -1;
        int scheduled;

        Manual(String name, Consumer<BooleanSupplier> work) {
            this.name = name;
            this.work = work;
        }

        @Override
        public void schedule(long delayMillis) {
            due = true;
            lastDelay = delayMillis;
            scheduled++;
        }

        @Override
        public void cancel() {
            due = false;
        }
    }

    final List<Manual> workers = new ArrayList<>();

    @Override
    public Worker create(String name, Consumer<BooleanSupplier> work) {
        Manual m = new Manual(name, work);
        workers.add(m);
        return m;
    }

    void runDue() {
        for (Manual m : workers) {
            if (m.due) {
                m.due = false;
                m.work.accept(() -> false);
            }
        }
    }
}
