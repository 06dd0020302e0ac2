package org.connectedservice.engine.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.connectedservice.core.model.EngineStats;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.FaultOutbox;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.core.service.ThresholdEvaluator;

/**
 * Ingestion: validate, keep for live charts, check against the rules, hand faults to the outbox. A fault counts
 * as emitted only once the outbox took it; faults the outbox refused are offered again with the next reading,
 * so a database hiccup delays alerts instead of losing them.
 */
public final class ThresholdEngine implements TelemetryIngestion {

    static final long RULES_CHECK_NANOS = 1_000_000_000L;
    static final long DEPTH_CACHE_NANOS = 250_000_000L;
    static final int MAX_UNSENT_FAULTS = 10_000;
    static final int RATE_WINDOW_SECONDS = 5;

    private static final Logger LOG = System.getLogger(ThresholdEngine.class.getName());

    private final ThresholdEvaluator evaluator;
    private final FaultOutbox outbox;
    private final Supplier<List<ThresholdRule>> rulesSource;
    private final LongSupplier nanoClock;
    private final LiveSeries live;
    private final EventRate rate;

    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong faultsRaised = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong appendFailures = new AtomicLong();
    private volatile boolean running = true;

    private final Object ingestLock = new Object();
    private List<ThresholdRule> appliedRules;
    private long rulesCheckedAt;
    private final List<Fault> unsent = new ArrayList<>();

    private final Object depthLock = new Object();
    private long depth;
    private long depthCheckedAt;
    private boolean depthKnown;

    public ThresholdEngine(ThresholdEvaluator evaluator, FaultOutbox outbox, Supplier<List<ThresholdRule>> rulesSource,
            LongSupplier nanoClock, LiveSeries live) {
        this.evaluator = evaluator;
        this.outbox = outbox;
        this.rulesSource = rulesSource;
        this.nanoClock = nanoClock;
        this.live = live;
        long now = nanoClock.getAsLong();
        this.rate = new EventRate(RATE_WINDOW_SECONDS, now);
        synchronized (ingestLock) {
            refreshRules(now);
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
        synchronized (ingestLock) {
            long now = nanoClock.getAsLong();
            readings.incrementAndGet();
            rate.record(now);
            live.record(reading);
            if (now - rulesCheckedAt >= RULES_CHECK_NANOS) {
                refreshRules(now);
            }
            emit(evaluator.evaluate(reading));
        }
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

    /** Faults the outbox has not taken yet; they go out with the next reading. */
    public int unsentFaults() {
        synchronized (ingestLock) {
            return unsent.size();
        }
    }

    public void stop() {
        running = false;
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

    private void refreshRules(long now) {
        rulesCheckedAt = now;
        try {
            List<ThresholdRule> rules = rulesSource.get();
            if (!rules.equals(appliedRules)) {
                evaluator.setRules(rules);
                appliedRules = rules;
                LOG.log(Level.INFO, "{0} threshold rules in force", rules.size());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the rules could not be refreshed; the engine keeps the rules it had", e);
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
