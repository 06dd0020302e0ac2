package org.connectedservice.simulator.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

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
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.core.simulation.SimulatorCounters;
import org.connectedservice.core.simulation.SimulatorRunState;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Runs the simulated fleet inside the console and feeds it to the ingestion engine; starts with the demo fleet. */
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

    private SimulatorSettings settings;
    private FleetRunner runner;

    @Activate
    void activate() {
        settings = SimulatorSettings.fromSystemProperties();
        settings.warnings().forEach(w -> LOG.log(Level.WARNING, w));
        Clock clock = Clock.systemUTC();
        Fleet demo = DemoFleet.create(settings.seed(), clock.instant(), settings.period());
        EmbeddedReceiver receiver = new EmbeddedReceiver(ingestion::ingest, () -> quarantine, clock);
        runner = new FleetRunner(demo, receiver, clock, TICK.compareTo(settings.period()) < 0 ? TICK
                : settings.period());
        if (settings.autostart()) {
            runner.start();
        }
    }

    @Deactivate
    void deactivate() {
        runner.stop();
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
        runner.start();
    }

    @Override
    public void stop() {
        runner.stop();
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
        control().setFleet(entries);
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
        return runner.fleet().setDesired(deviceId, name, value);
    }

    @Override
    public SimulatorCounters counters() {
        return control().counters();
    }
}
