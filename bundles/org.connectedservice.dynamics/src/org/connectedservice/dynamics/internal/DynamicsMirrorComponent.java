package org.connectedservice.dynamics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.DynamicsMirror;
import org.connectedservice.core.connect.MirrorStatus;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Mirrors to the Dynamics organization of the active profile, following profile changes. Immediate, so changes
 * left pending by the last run are sent as soon as the console starts. Retries start after 5 s and back off to
 * 5 minutes.
 */
@Component(service = DynamicsMirror.class, immediate = true)
public class DynamicsMirrorComponent implements DynamicsMirror {

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("dynamics-mirror").factory());
    private final ConnectionProfiles profiles;
    private final Mirroring mirroring;
    private final Consumer<ConnectionProfile> follow;
    private final AtomicReference<AutoCloseable> alertSubscription = new AtomicReference<>();

    @Activate
    public DynamicsMirrorComponent(@Reference ConsoleWorkspace workspace, @Reference ConnectionProfiles profiles) {
        this.profiles = profiles;
        HttpClient http = DataverseClient.defaultHttp();
        Clock clock = Clock.systemUTC();
        try {
            mirroring = new Mirroring(workspace.directory(), settings -> new DataverseClient(settings, http, clock,
                    Thread::sleep), executor, clock, FIRST_RETRY, MAX_RETRY);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot open the Dynamics mirror queue in " + workspace.directory()
                    + ": " + e.getMessage() + "; check the workspace folder's permissions", e);
        }
        follow = mirroring::use;
        profiles.addListener(follow);
        mirroring.use(profiles.active());
    }

    /**
     * Every alert the console records is mirrored as it is made or cleared; the store calls on its recording thread,
     * so the change is handed to the mirror's own thread and the alert bridge never waits on the pending file.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindAlerts(AlertStore alerts) {
        AutoCloseable previous = alertSubscription.getAndSet(alerts.subscribe(a -> executor.execute(() -> alert(a))));
        close(previous);
    }

    void unbindAlerts(AlertStore alerts) {
        close(alertSubscription.getAndSet(null));
    }

    @Deactivate
    void stop() {
        profiles.removeListener(follow);
        close(alertSubscription.getAndSet(null));
        executor.shutdownNow();
    }

    private static void close(AutoCloseable subscription) {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                System.getLogger(DynamicsMirrorComponent.class.getName()).log(System.Logger.Level.WARNING,
                        "stopping to follow the alerts failed", e);
            }
        }
    }

    @Override
    public void registration(RegisteredDevice device) {
        mirroring.registration(device);
    }

    @Override
    public void command(CommandRecord record) {
        mirroring.command(record);
    }

    @Override
    public void alert(IotAlert alert) {
        mirroring.alert(alert);
    }

    @Override
    public MirrorStatus status() {
        return mirroring.status();
    }

    @Override
    public void retryNow() {
        mirroring.retryNow();
    }

    @Override
    public AutoCloseable subscribe(Consumer<MirrorStatus> listener) {
        return mirroring.subscribe(listener);
    }
}
