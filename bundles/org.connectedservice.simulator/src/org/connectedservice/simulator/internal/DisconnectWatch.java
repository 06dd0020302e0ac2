package org.connectedservice.simulator.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.transport.TransportSession;

/**
 * Mirrors injected DISCONNECT faults onto the devices' real hub connections, so the hub sees the device go away and
 * come back. Polls the fleet on its own thread: the fleet's tick thread never waits for a connection.
 */
final class DisconnectWatch {

    static final Duration POLL_PERIOD = Duration.ofMillis(250);

    private static final System.Logger LOG = System.getLogger(DisconnectWatch.class.getName());

    private final Supplier<Fleet> fleet;
    private final TransportSession session;
    private final Set<String> offline = new HashSet<>();
    private ScheduledExecutorService poller;

    DisconnectWatch(Supplier<Fleet> fleet, TransportSession session) {
        this.fleet = fleet;
        this.session = session;
    }

    synchronized void start() {
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(
                    runnable -> Thread.ofPlatform().daemon().name("device-disconnect-watch").unstarted(runnable));
            poller.scheduleWithFixedDelay(this::checkSafely, 0, POLL_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops watching; devices still offline stay so until the session closes. */
    void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = poller;
            poller = null;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Takes devices whose DISCONNECT began offline, and brings back those whose DISCONNECT ended. */
    synchronized void check() {
        Set<String> now = fleet.get().disconnectedIds();
        for (String id : now) {
            if (offline.add(id)) {
                session.setOnline(id, false);
            }
        }
        for (String id : Set.copyOf(offline)) {
            if (!now.contains(id)) {
                offline.remove(id);
                session.setOnline(id, true);
            }
        }
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mirroring an injected disconnect onto the hub connection failed", e);
        }
    }
}
