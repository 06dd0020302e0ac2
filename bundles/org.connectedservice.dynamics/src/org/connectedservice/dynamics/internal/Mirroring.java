package org.connectedservice.dynamics.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.DynamicsMirror;
import org.connectedservice.core.connect.DynamicsSettings;
import org.connectedservice.core.connect.MirrorStatus;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.dynamics.internal.MirrorJournal.Pending;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Keeps every change in the journal first, then sends the waiting changes in order on the executor's thread. When
 * Dataverse as a whole cannot take them (network, credentials, throttling, outage) sending stops and is tried
 * again after a delay that doubles up to maxRetry, or when the server said; a row Dataverse refuses stays pending
 * without holding up the others.
 */
public final class Mirroring implements DynamicsMirror {

    private static final System.Logger LOG = System.getLogger(Mirroring.class.getName());
    static final String DEVICE = "device";
    static final String COMMAND = "command";
    static final String ALERT = "alert";

    private final MirrorJournal journal;
    private final Function<DynamicsSettings, DataverseClient> clients;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final List<Consumer<MirrorStatus>> listeners = new CopyOnWriteArrayList<>();
    private DynamicsSettings settings;
    private volatile DataverseClient client;
    private ScheduledFuture<?> next;
    private Instant nextAt;
    private Duration backoff;
    private long mirrored;
    private Instant lastSuccess;
    private String lastError = "";
    private Instant lastErrorAt;

    public Mirroring(Path workspace, Function<DynamicsSettings, DataverseClient> clients,
            ScheduledExecutorService executor, Clock clock, Duration firstRetry, Duration maxRetry)
            throws IOException {
        this.journal = new MirrorJournal(workspace);
        this.clients = clients;
        this.executor = executor;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.backoff = firstRetry;
    }

    /** Mirrors to the profile's Dynamics organization from now on, or stops mirroring when it has none. */
    public void use(ConnectionProfile profile) {
        synchronized (this) {
            DynamicsSettings wanted = profile.dynamics();
            if (Objects.equals(wanted, settings)) {
                return;
            }
            settings = wanted;
            client = wanted == null ? null : clients.apply(wanted);
            backoff = firstRetry;
            lastError = "";
            lastErrorAt = null;
            cancelNext();
            if (client != null && journal.size() > 0) {
                schedule(Duration.ZERO);
            }
        }
        tell();
    }

    @Override
    public void registration(RegisteredDevice device) {
        keep(DEVICE, device.id(), DataverseRows.device(device));
    }

    @Override
    public void command(CommandRecord record) {
        keep(COMMAND, DataverseRows.commandKey(journal.installation(), record.id()).toString(),
                DataverseRows.command(record));
    }

    @Override
    public void alert(IotAlert alert) {
        keep(ALERT, DataverseRows.alertKey(alert.faultToken()).toString(), DataverseRows.alert(alert));
    }

    private void keep(String kind, String key, ObjectNode fields) {
        if (client == null) {
            return;
        }
        try {
            journal.put(kind, key, fields, clock.instant());
        } catch (IOException e) {
            failed("cannot write " + journal.file() + " (" + e.getMessage() + "); the change is held in memory and"
                    + " lost if the console stops before Dynamics has it");
        }
        synchronized (this) {
            if (next == null) {
                schedule(Duration.ZERO);
            }
        }
        tell();
    }

    @Override
    public synchronized MirrorStatus status() {
        DataverseClient c = client;
        if (c == null) {
            return MirrorStatus.off(journal.size());
        }
        return new MirrorStatus(true, c.organization(), journal.size(), mirrored, lastSuccess, lastError,
                lastErrorAt, nextAt);
    }

    @Override
    public void retryNow() {
        synchronized (this) {
            if (client == null) {
                return;
            }
            backoff = firstRetry;
            cancelNext();
            schedule(Duration.ZERO);
        }
        tell();
    }

    @Override
    public AutoCloseable subscribe(Consumer<MirrorStatus> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<MirrorStatus> subscription = listener::accept;
        listeners.add(subscription);
        return () -> listeners.remove(subscription);
    }

    private void schedule(Duration delay) {
        next = executor.schedule(this::drainSafely, delay.toMillis(), TimeUnit.MILLISECONDS);
        nextAt = clock.instant().plus(delay);
    }

    private void cancelNext() {
        if (next != null) {
            next.cancel(false);
        }
        next = null;
        nextAt = null;
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mirroring to Dynamics failed unexpectedly; trying again later", e);
            failed("mirroring failed unexpectedly: " + e);
            retryLater(null);
        }
        tell();
    }

    private void drain() {
        DataverseClient c;
        synchronized (this) {
            next = null;
            nextAt = null;
            c = client;
        }
        boolean rowRefused = false;
        for (Pending p : journal.waiting()) {
            if (c == null || client != c) {
                return;
            }
            try {
                String deviceId = p.fields().path("msdyn_deviceid").asText();
                switch (p.kind()) {
                    case DEVICE -> c.upsertDevice(p.key(), p.fields());
                    case ALERT -> c.upsertAlert(UUID.fromString(p.key()), deviceId, p.fields());
                    default -> c.upsertCommand(UUID.fromString(p.key()), deviceId, p.fields());
                }
                succeeded(p);
            } catch (DataverseException e) {
                failed(e.getMessage());
                if (e.affectsAll()) {
                    retryLater(e.retryAt());
                    return;
                }
                rowRefused = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            tell();
        }
        if (rowRefused) {
            retryLater(null);
        } else {
            synchronized (this) {
                backoff = firstRetry;
            }
        }
    }

    /* Retired and counted under one lock, so a reader never sees the change gone but not yet counted. */
    private synchronized void succeeded(Pending p) {
        try {
            journal.done(p);
        } catch (IOException e) {
            failed("Dynamics has the " + p.kind() + " " + p.key() + ", but " + journal.file() + " could not record"
                    + " it (" + e.getMessage() + "); after a restart it is sent once more, which changes nothing");
        }
        mirrored++;
        lastSuccess = clock.instant();
        if (journal.size() == 0) {
            lastError = "";
            lastErrorAt = null;
        }
    }

    private synchronized void failed(String message) {
        lastError = message;
        lastErrorAt = clock.instant();
    }

    private synchronized void retryLater(Instant serverSays) {
        if (client == null) {
            return;
        }
        Duration delay = backoff;
        if (serverSays != null && Duration.between(clock.instant(), serverSays).compareTo(delay) > 0) {
            delay = Duration.between(clock.instant(), serverSays);
        }
        backoff = backoff.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : backoff.multipliedBy(2);
        cancelNext();
        schedule(delay);
    }

    private void tell() {
        MirrorStatus now = status();
        for (Consumer<MirrorStatus> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a listener of the Dynamics mirror status failed; the others were told", e);
            }
        }
    }
}
