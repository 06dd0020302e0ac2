package org.connectedservice.dynamics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.DynamicsMirror;
import org.connectedservice.core.connect.MirrorStatus;
import org.connectedservice.core.devices.CommandRecord;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

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

    @Deactivate
    void stop() {
        profiles.removeListener(follow);
        executor.shutdownNow();
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
