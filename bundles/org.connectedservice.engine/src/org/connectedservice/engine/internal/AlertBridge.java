package org.connectedservice.engine.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.connectedservice.core.model.OutboxEntry;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.FaultOutbox;

/**
 * Moves faults from the outbox into local IoT alerts, as the Logic App does between Service Bus and Dynamics:
 * an entry is acked only after its alert is recorded; a failed one is handed back to the outbox for retry.
 */
public final class AlertBridge {

    static final int BATCH = 100;
    static final int MAX_BATCHES_PER_POLL = 20;
    static final String THREAD_NAME = "alert-bridge";

    private static final Logger LOG = System.getLogger(AlertBridge.class.getName());

    private final FaultOutbox outbox;
    private final AlertStore alerts;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private boolean pollFailing;

    public AlertBridge(FaultOutbox outbox, AlertStore alerts, Clock clock) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Claims one batch and delivers it; returns how many alerts were recorded and acked. */
    public int drainOnce(Instant now) {
        int delivered = 0;
        for (OutboxEntry entry : outbox.claim(BATCH, now)) {
            try {
                if (alerts.record(entry.fault()) == null) {
                    // a clear whose raise is still waiting in backoff: retry it after the raise lands
                    outbox.fail(entry.id(), "the alert this clears is not recorded yet", now);
                    continue;
                }
                outbox.ack(entry.id());
                delivered++;
            } catch (RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.log(Level.DEBUG, "delivery of outbox entry {0} failed: {1}", entry.id(), reason);
                outbox.fail(entry.id(), reason, now);
            }
        }
        return delivered;
    }

    public synchronized void start(Duration pollInterval) {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    /** An exception escaping a scheduled task would cancel it for good, so every failure ends here. */
    private void poll() {
        try {
            for (int i = 0; i < MAX_BATCHES_PER_POLL; i++) {
                if (drainOnce(clock.instant()) < BATCH) {
                    break;
                }
            }
            if (pollFailing) {
                LOG.log(Level.INFO, "alert delivery resumed");
                pollFailing = false;
            }
        } catch (RuntimeException e) {
            if (!pollFailing) {
                LOG.log(Level.WARNING, "alert delivery stopped working; retrying every poll", e);
                pollFailing = true;
            }
        }
    }
}
