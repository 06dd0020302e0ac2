package org.connectedservice.ui.telemetry.internal.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread stays away from its event loop: every 10 ms a background thread posts a ping
 * with asyncExec and the ping, when the UI thread runs it, records how late it is. While a ping waits, no other is
 * posted, so one stall is measured once, from the ping that met it.
 */
final class StallWatchdog implements AutoCloseable {

    static final long PERIOD_MILLIS = 10;

    private final Display display;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    StallWatchdog(Display display) {
        this.display = display;
        this.thread = Thread.ofPlatform().daemon().name("ui-stall-watchdog").start(this::watch);
    }

    private void watch() {
        while (running && !display.isDisposed()) {
            if (waiting.compareAndSet(false, true)) {
                long sent = System.nanoTime();
                display.asyncExec(() -> {
                    longestNanos.accumulateAndGet(System.nanoTime() - sent, Math::max);
                    pings.incrementAndGet();
                    waiting.set(false);
                });
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The longest a ping waited for the UI thread, in milliseconds. */
    double longestStallMillis() {
        return longestNanos.get() / 1e6;
    }

    long pings() {
        return pings.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
