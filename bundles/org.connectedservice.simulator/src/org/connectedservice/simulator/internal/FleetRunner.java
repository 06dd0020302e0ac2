package org.connectedservice.simulator.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.connectedservice.core.model.Reading;

/**
 * Ticks a fleet at a fixed rate on one daemon thread and hands every reading to a consumer. A consumer that throws
 * costs only that reading: the ticker keeps going, because a scheduled task that throws is never run again.
 */
public final class FleetRunner {

    public static final String THREAD_NAME = "device-simulator";

    private static final System.Logger LOG = System.getLogger(FleetRunner.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final DemoFleet fleet;
    private final Consumer<Reading> sink;
    private final Clock clock;
    private final Duration period;
    private final AtomicInteger consecutiveFailingTicks = new AtomicInteger();

    private ScheduledExecutorService ticker;
    private Thread tickerThread;

    public FleetRunner(DemoFleet fleet, Consumer<Reading> sink, Clock clock, Duration period) {
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.period = Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the tick period must be positive, got " + period);
        }
    }

    public synchronized boolean isRunning() {
        return ticker != null;
    }

    public synchronized void start() {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = Thread.ofPlatform().daemon().name(THREAD_NAME).unstarted(runnable);
            tickerThread = thread;
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tickSafely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Returns once no tick is delivering any more, so a caller may close what the consumer writes to. The ticker is
     * not interrupted: an interrupt in the middle of a database write can close the database's file channel.
     */
    public void stop() {
        ScheduledExecutorService stopping;
        Thread stoppingThread;
        synchronized (this) {
            stopping = ticker;
            stoppingThread = tickerThread;
            ticker = null;
            tickerThread = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        if (Thread.currentThread() == stoppingThread) {
            return;
        }
        try {
            if (!stopping.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "The device simulator was still delivering a tick {0} after stop",
                        STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Produces one reading per device for the clock's current instant; returns how many the consumer accepted. */
    public int tickOnce() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Reading> readings = fleet.tick(now);
        int accepted = 0;
        RuntimeException firstFailure = null;
        for (Reading reading : readings) {
            try {
                sink.accept(reading);
                accepted++;
            } catch (RuntimeException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
        }
        report(readings.size() - accepted, readings.size(), firstFailure);
        return accepted;
    }

    // logs once when ingestion starts failing and once when it recovers, not 25 stack traces a second
    private void report(int rejected, int total, RuntimeException firstFailure) {
        if (rejected > 0) {
            int failingBefore = consecutiveFailingTicks.getAndIncrement();
            Level level = failingBefore == 0 ? Level.WARNING : Level.DEBUG;
            LOG.log(level, "Ingestion rejected " + rejected + " of " + total
                    + " simulated readings; the simulator keeps ticking", firstFailure);
        } else {
            int failedTicks = consecutiveFailingTicks.getAndSet(0);
            if (failedTicks > 0) {
                LOG.log(Level.INFO, "Ingestion accepts simulated readings again after {0} failing ticks",
                        failedTicks);
            }
        }
    }

    private void tickSafely() {
        try {
            tickOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "A simulator tick failed; the next tick will try again", e);
        }
    }
}
