package org.connectedservice.simulator.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.connectedservice.core.connect.ConnectionProfile;
import org.connectedservice.core.connect.ConnectionProfiles;
import org.connectedservice.core.connect.IotHubSettings;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.ConsoleWorkspace;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.QuarantineStore;
import org.connectedservice.core.service.SimulatorControl;
import org.connectedservice.core.service.TelemetryIngestion;
import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.FleetEntry;
import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.HubConnection;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.core.simulation.SimulatorCounters;
import org.connectedservice.core.simulation.SimulatorRunState;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.connectedservice.simulator.transport.DeviceTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Runs the simulated fleet inside the console and feeds it to the ingestion engine; starts with the demo fleet. When
 * the active connection profile names an IoT Hub, the devices also connect to it (see HubLink); a profile change
 * while running reconnects them on a thread of their own, since profiles are saved from the UI thread and
 * connecting a fleet takes seconds. A fleet stopped because the new hub could not be reached resumes at the next
 * profile change that works (going back to embedded, or a fixed key).
 */
@Component(service = { SimulatorControl.class, FleetSimulator.class, DeviceRegistry.class }, immediate = true)
public class SimulatorService implements FleetSimulator, DeviceRegistry {

    private static final System.Logger LOG = System.getLogger(SimulatorService.class.getName());
    private static final Duration TICK = Duration.ofMillis(100);

    @Reference
    private TelemetryIngestion ingestion;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile QuarantineStore quarantine;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConsoleWorkspace workspace;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeviceTransport hubTransport;

    private volatile ConnectionProfiles profiles;
    private final Consumer<ConnectionProfile> profileListener = this::profileChanged;

    private final ExecutorService hubWork = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("simulator-hub-link").factory());
    private volatile String hubProblem = "";
    private boolean resumeWhenReachable;

    private SimulatorSettings settings;
    private HubLink hubLink;
    private FleetRunner runner;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindProfiles(ConnectionProfiles service) {
        service.addListener(profileListener);
        profiles = service;
    }

    void unbindProfiles(ConnectionProfiles service) {
        service.removeListener(profileListener);
        if (profiles == service) {
            profiles = null;
        }
    }

    @Activate
    void activate() {
        settings = SimulatorSettings.fromSystemProperties();
        settings.warnings().forEach(w -> LOG.log(Level.WARNING, w));
        Clock clock = Clock.systemUTC();
        Fleet demo = DemoFleet.create(settings.seed(), clock.instant(), settings.period());
        hubLink = new HubLink(new EmbeddedReceiver(ingestion::ingest, () -> quarantine, clock));
        runner = new FleetRunner(demo, hubLink, clock, TICK.compareTo(settings.period()) < 0 ? TICK
                : settings.period());
        if (!settings.autostart()) {
            return;
        }
        if (activeHub() == null) {
            start();
        } else {
            // connecting a fleet to a hub takes seconds; the console's start-up does not wait for it
            hubWork.execute(this::startOrRecord);
        }
    }

    @Deactivate
    void deactivate() {
        hubWork.shutdownNow();
        hubLink.stop(runner);
    }

    private IotHubSettings activeHub() {
        ConnectionProfiles service = profiles;
        return service == null ? null : service.active().hub().orElse(null);
    }

    private boolean startOrRecord() {
        try {
            start();
            return true;
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, e.getMessage());
            return false;
        }
    }

    private void profileChanged(ConnectionProfile profile) {
        if (hubLink != null) {
            hubWork.execute(() -> applyProfile(profile));
        }
    }

    private void applyProfile(ConnectionProfile profile) {
        boolean resume = resumeWhenReachable;
        boolean sameHub = Objects.equals(profile.hub().orElse(null), hubLink.connectedHub());
        if (!resume && (sameHub || runner.state() == SimulatorRunState.STOPPED)) {
            if (profile.hub().isEmpty()) {
                hubProblem = "";
            }
            return;
        }
        boolean wasRunning = resume || runner.isRunning();
        hubLink.stop(runner);
        if (wasRunning) {
            resumeWhenReachable = !startOrRecord();
        }
    }

    @Override
    public HubConnection hubConnection() {
        String problem = hubProblem;
        if (!problem.isEmpty()) {
            return new HubConnection(false, problem);
        }
        String connected = hubLink.connectedTo();
        return connected == null ? HubConnection.EMBEDDED : new HubConnection(true, "Devices connected to " + connected);
    }

    private FleetControl control() {
        return new FleetControl(runner, library(), settings.seed());
    }

    private ModelLibrary library() {
        ConsoleWorkspace ws = workspace;
        return ws == null ? null : ModelLibrary.inWorkspace(ws.directory());
    }

    @Override
    public List<Device> devices() {
        return runner.fleet().registry();
    }

    @Override
    public boolean isRunning() {
        return runner.isRunning();
    }

    @Override
    public void start() {
        try {
            hubLink.start(runner, activeHub(), hubTransport);
            hubProblem = "";
        } catch (IllegalStateException e) {
            hubProblem = e.getMessage();
            throw e;
        }
    }

    @Override
    public void stop() {
        hubLink.stop(runner);
    }

    @Override
    public void injectSpike(String deviceId) {
        runner.fleet().inject(List.of(deviceId), Injection.of(InjectionKind.SPIKE));
    }

    @Override
    public SimulatorRunState runState() {
        return runner.state();
    }

    @Override
    public void pause() {
        runner.pause();
    }

    @Override
    public double speed() {
        return runner.speed();
    }

    @Override
    public void setSpeed(double factor) {
        runner.setSpeed(factor);
    }

    @Override
    public List<String> models() {
        return control().models();
    }

    @Override
    public List<FleetEntry> fleet() {
        return runner.fleet().entries();
    }

    @Override
    public void setFleet(List<FleetEntry> entries) {
        if (!hubLink.isConnected()) {
            control().setFleet(entries);
            return;
        }
        // the hub's connections belong to the old fleet's devices: disconnect, swap, connect the new devices
        boolean wasRunning = runner.isRunning();
        hubLink.stop(runner);
        try {
            control().setFleet(entries);
        } finally {
            if (wasRunning) {
                start();
            }
        }
    }

    @Override
    public List<DeviceStatus> deviceStatuses() {
        return runner.fleet().statuses();
    }

    @Override
    public void inject(Collection<String> deviceIds, Injection injection, Duration delay) {
        runner.fleet().inject(deviceIds, injection, delay);
    }

    @Override
    public void clearFaults(Collection<String> deviceIds) {
        runner.fleet().clearFaults(deviceIds);
    }

    @Override
    public CommandResult sendCommand(String deviceId, String command, String payload) {
        return runner.fleet().command(deviceId, command, payload);
    }

    @Override
    public CommandResult setDesiredProperty(String deviceId, String name, String value) {
        return hubLink.setDesired(runner, deviceId, name, value);
    }

    @Override
    public SimulatorCounters counters() {
        return control().counters();
    }
}
