package org.connectedservice.engine.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.service.FaultOutbox;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.core.service.ThresholdEvaluator;

/**
 * Ingestion: validate, keep for history and live charts, check against the rules, hand faults to the outbox. A fault
 * counts as emitted only once the outbox took it; faults the outbox refused are offered again with the next reading
 * or clock tick, so a database hiccup delays alerts instead of losing them. The clock moves event time on for rules
 * that time alone decides (no data, windows of devices gone quiet), lagging the wall clock by the time readings may
 * arrive late.
 */
public final class ThresholdEngine implements TelemetryIngestion {

    static final long DEPTH_CACHE_NANOS = 250_000_000L;
    static final int MAX_UNSENT_FAULTS = 10_000;
    static final int RATE_WINDOW_SECONDS = 5;
    static final String CLOCK_THREAD_NAME = "engine-clock";

    private static final Logger LOG = System.getLogger(ThresholdEngine.class.getName());

    private final ThresholdEvaluator evaluator;
    private final FaultOutbox outbox;
    private final LongSupplier nanoClock;
    private final LiveSeries live;
    private final Supplier<TelemetryHistory> history;
    private final EventRate rate;

    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong faultsRaised = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong appendFailures = new AtomicLong();
    private final AtomicLong historyFailures = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean historyFailing;

    private final Object ingestLock = new Object();
    private final List<Fault> unsent = new ArrayList<>();
    private int appliedVersion = Integer.MIN_VALUE;
    private ScheduledExecutorService clockThread;

    private final Object depthLock = new Object();
    private long depth;
    private long depthCheckedAt;
    private boolean depthKnown;

    /** history supplies the telemetry history to append to, or null while there is none. */
    public ThresholdEngine(ThresholdEvaluator evaluator, FaultOutbox outbox, LongSupplier nanoClock, LiveSeries live,
            Supplier<TelemetryHistory> history) {
        this.evaluator = evaluator;
        this.outbox = outbox;
        this.nanoClock = nanoClock;
        this.live = live;
        this.history = history;
        this.rate = new EventRate(RATE_WINDOW_SECONDS, nanoClock.getAsLong());
    }

    /** Applies the repository's active rules now and every new version as it is made; close to stop following. */
    public AutoCloseable follow(RulesRepository repository) {
        AutoCloseable subscription = repository.subscribe(this::applyRules);
        applyRules(repository.activeVersion());
        return subscription;
    }

    /**
     * Puts a rules version in force unless a newer one already is. A version the evaluator cannot use leaves the
     * rules in force as they were.
     */
    public boolean applyRules(RuleSetVersion version) {
        if (version == null) {
            return false;
        }
        synchronized (ingestLock) {
            if (version.number() <= appliedVersion) {
                return false;
            }
            try {
                evaluator.setRules(version.rules());
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "rules version {0} cannot be used ({1}); the engine keeps the rules it had",
                        version.number(), e.getMessage());
                return false;
            }
            appliedVersion = version.number();
            LOG.log(Level.INFO, "rules version {0} in force: {1} threshold rules", version.number(),
                    version.rules().size());
            return true;
        }
    }

    @Override
    public void ingest(Reading reading) {
        String reason = rejectionOf(reading);
        if (reason != null) {
            rejected.incrementAndGet();
            LOG.log(Level.DEBUG, "reading rejected: {0}", reason);
            return;
        }
        keepInHistory(reading);
        synchronized (ingestLock) {
            long now = nanoClock.getAsLong();
            readings.incrementAndGet();
            rate.record(now);
            live.record(reading);
            emit(evaluator.evaluate(reading));
        }
    }

    /** Event time has reached eventTime for every device; also offers refused faults to the outbox again. */
    public void advanceTo(Instant eventTime) {
        synchronized (ingestLock) {
            if (running) {
                emit(evaluator.advanceTo(eventTime));
            }
        }
    }

    /** Advances event time to the clock's time minus lateness every period, on a thread of its own. */
    public synchronized void startClock(Clock clock, Duration period, Duration lateness) {
        if (clockThread != null) {
            return;
        }
        clockThread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, CLOCK_THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        clockThread.scheduleAtFixedRate(() -> tick(clock, lateness), period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public EngineStats stats() {
        long now = nanoClock.getAsLong();
        return new EngineStats(running, rate.perSecond(now), readings.get(), faultsRaised.get(), outboxDepth(now),
                rejected.get());
    }

    public LiveSeries live() {
        return live;
    }

    public long appendFailures() {
        return appendFailures.get();
    }

    public long historyFailures() {
        return historyFailures.get();
    }

    /** Faults the outbox has not taken yet; they go out with the next reading or tick. */
    public int unsentFaults() {
        synchronized (ingestLock) {
            return unsent.size();
        }
    }

    public void stop() {
        running = false;
        ScheduledExecutorService thread;
        synchronized (this) {
            thread = clockThread;
            clockThread = null;
        }
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    /** An exception escaping a scheduled task would cancel it for good, so every failure ends here. */
    private void tick(Clock clock, Duration lateness) {
        try {
            advanceTo(clock.instant().minus(lateness));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the engine clock tick failed; it runs again next period", e);
        }
    }

    private String rejectionOf(Reading reading) {
        if (!running) {
            return "the engine is stopped";
        }
        if (reading == null) {
            return "no reading";
        }
        if (reading.deviceId().isBlank()) {
            return "the device id is blank";
        }
        for (var value : reading.values().entrySet()) {
            if (!Double.isFinite(value.getValue())) {
                return reading.deviceId() + " sent " + value.getValue() + " for " + value.getKey();
            }
        }
        return null;
    }

    /** History is a convenience of charts and backtests: its trouble is logged, never passed on to ingestion. */
    private void keepInHistory(Reading reading) {
        TelemetryHistory target = history.get();
        if (target == null) {
            return;
        }
        try {
            target.append(reading);
            if (historyFailing) {
                historyFailing = false;
                LOG.log(Level.INFO, "telemetry history takes readings again");
            }
        } catch (RuntimeException e) {
            historyFailures.incrementAndGet();
            if (!historyFailing) {
                historyFailing = true;
                LOG.log(Level.WARNING, "telemetry history refused a reading; readings are still checked against the"
                        + " rules but not kept until it recovers", e);
            }
        }
    }

    private void emit(List<Fault> faults) {
        if (faults.isEmpty() && unsent.isEmpty()) {
            return;
        }
        List<Fault> batch = new ArrayList<>(unsent);
        batch.addAll(faults);
        boolean wasDelivering = unsent.isEmpty();
        try {
            outbox.append(batch);
        } catch (RuntimeException e) {
            appendFailures.incrementAndGet();
            if (wasDelivering) {
                LOG.log(Level.WARNING, "the fault outbox refused " + batch.size() + " faults; they are offered again"
                        + " with the next reading", e);
            }
            unsent.clear();
            int overflow = Math.max(0, batch.size() - MAX_UNSENT_FAULTS);
            if (overflow > 0) {
                LOG.log(Level.ERROR, "the fault outbox has refused faults for too long; the oldest " + overflow
                        + " were dropped");
            }
            unsent.addAll(batch.subList(overflow, batch.size()));
            return;
        }
        if (!wasDelivering) {
            LOG.log(Level.INFO, "the fault outbox took " + batch.size() + " delayed faults");
        }
        unsent.clear();
        faultsRaised.addAndGet(batch.stream().filter(f -> f.kind() == FaultKind.RAISED).count());
    }

    private long outboxDepth(long now) {
        synchronized (depthLock) {
            if (!depthKnown || now - depthCheckedAt >= DEPTH_CACHE_NANOS) {
                depthCheckedAt = now;
                depthKnown = true;
                try {
                    depth = outbox.depth();
                } catch (RuntimeException e) {
                    LOG.log(Level.DEBUG, "the outbox depth could not be read", e);
                }
            }
            return depth;
        }
    }
}
