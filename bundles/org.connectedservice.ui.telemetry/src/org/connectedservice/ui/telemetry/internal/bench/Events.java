package org.connectedservice.ui.telemetry.internal.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** The benchmark's event loop: it runs on the UI thread, so it dispatches while it waits. */
final class Events {

    private Events() {
    }

    static void waitUntil(Display display, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the benchmark's chart was not ready within " + timeout.toSeconds()
                        + " s");
            }
            run(display, Duration.ofMillis(20));
        }
    }

    /** Dispatches events for a while. */
    static void run(Display display, Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            display.timerExec(5, () -> { });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    static void dispatchPending(Display display) {
        while (display.readAndDispatch()) {
            // each call handles one event; the loop ends when none is waiting
        }
    }
}
