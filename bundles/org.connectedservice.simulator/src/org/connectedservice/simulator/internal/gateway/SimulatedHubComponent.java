package org.connectedservice.simulator.internal.gateway;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.simulation.FleetSimulator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The embedded console's device gateway: commands, messages and twins go to the simulated fleet. The hub looks at
 * the fleet four times a second; a device takes 0.8 s to answer a direct method (the hub's round trip and the
 * device's own handling).
 */
@Component(service = DeviceGateway.class)
public class SimulatedHubComponent implements DeviceGateway {

    private static final System.Logger LOG = System.getLogger(SimulatedHubComponent.class.getName());
    static final Duration POLL_PERIOD = Duration.ofMillis(250);
    static final Duration METHOD_LATENCY = Duration.ofMillis(800);

    private final SimulatedHub hub;
    private final ScheduledExecutorService poller;

    @Activate
    public SimulatedHubComponent(@Reference FleetSimulator simulator, @Reference DeviceRegistry registry) {
        hub = new SimulatedHub(new FleetSimulatorDevices(simulator, registry), Clock.systemUTC(),
                duration -> Thread.sleep(duration), POLL_PERIOD, METHOD_LATENCY);
        poller = Executors.newSingleThreadScheduledExecutor(
                runnable -> Thread.ofPlatform().daemon().name("simulated-hub").unstarted(runnable));
        poller.scheduleWithFixedDelay(this::pollSafely, 0, POLL_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            hub.poll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The simulated hub could not look at the fleet; it tries again shortly", e);
        }
    }

    @Deactivate
    void stop() {
        poller.shutdownNow();
    }

    @Override
    public String name() {
        return hub.name();
    }

    @Override
    public List<Device> devices() {
        return hub.devices();
    }

    @Override
    public Map<String, DeviceConnection> connections() {
        return hub.connections();
    }

    @Override
    public Optional<String> register(RegisteredDevice device) {
        return hub.register(device);
    }

    @Override
    public MethodResult invokeMethod(String deviceId, String method, String payload, Duration responseTimeout,
            Duration connectTimeout) throws InterruptedException {
        return hub.invokeMethod(deviceId, method, payload, responseTimeout, connectTimeout);
    }

    @Override
    public Enqueued sendMessage(String deviceId, String body, Map<String, String> properties, Duration expiry) {
        return hub.sendMessage(deviceId, body, properties, expiry);
    }

    @Override
    public Feedback awaitFeedback(String messageId, Duration maxWait) throws InterruptedException {
        return hub.awaitFeedback(messageId, maxWait);
    }

    @Override
    public Optional<DeviceTwin> twin(String deviceId) {
        return hub.twin(deviceId);
    }

    @Override
    public TwinUpdate updateTwin(String deviceId, TwinPatch patch) {
        return hub.updateTwin(deviceId, patch);
    }
}
