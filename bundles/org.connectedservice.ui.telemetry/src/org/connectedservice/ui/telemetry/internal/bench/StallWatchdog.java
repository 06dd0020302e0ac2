package org.connectedservice.ui.telemetry.internal.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread stays away from its event loop: every 10 ms a background thread posts a ping
 * with asyncExec and the ping, when the UI thread runs it, records how late it is. While a ping waits, no other is
 * posted, so one stall is measured once, from the ping that met it; meanwhile the watchdog samples what the UI
 * thread is doing, and keeps the sample of the longest stall, so a slow figure says where the time went.
 */
final class StallWatchdog implements AutoCloseable {

    static final long PERIOD_MILLIS = 10;

    private final Display display;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private final Thread ui;
    private volatile String waitingIn = "";
    private volatile String longestIn = "";
    private final Thread thread;
    private volatile boolean running = true;

    StallWatchdog(Display display) {
        this.display = display;
        this.ui = display.getThread();
        this.thread = Thread.ofPlatform().daemon().name("ui-stall-watchdog").start(this::watch);
    }

    private void watch() {
        while (running && !display.isDisposed()) {
            if (waiting.compareAndSet(false, true)) {
                long sent = System.nanoTime();
                waitingIn = "";
                display.asyncExec(() -> {
                    long late = System.nanoTime() - sent;
                    if (late > longestNanos.get()) {
                        longestNanos.set(late);
                        longestIn = waitingIn;
                    }
                    pings.incrementAndGet();
                    waiting.set(false);
                });
            } else if (waitingIn.isEmpty()) {
                waitingIn = describe(ui.getStackTrace());
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

    /** The UI thread's stack while the longest stall went on, or "" when it was too short to sample. */
    String longestStallStack() {
        return longestIn;
    }

    private static String describe(StackTraceElement[] stack) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(14, stack.length); i++) {
            text.append(i == 0 ? "" : " < ").append(stack[i].getClassName().replaceAll(".*\\.", "")).append('.')
                    .append(stack[i].getMethodName());
        }
        return text.toString();
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
