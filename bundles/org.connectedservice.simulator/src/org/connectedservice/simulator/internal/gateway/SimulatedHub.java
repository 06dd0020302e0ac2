package org.connectedservice.simulator.internal.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.core.model.Device;
import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.simulator.internal.model.DeviceModel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The simulated devices behind the interface an IoT Hub would offer. A direct method waits up to its connect
 * timeout for an offline device (rebooting, disconnected, simulator not running), then takes latency to reach a
 * connected device, and times out when the device hangs (its data drops out). {@link #poll()} is the hub looking
 * at the fleet: it tracks connection and activity, and hands devices their messages and desired properties.
 */
public final class SimulatedHub implements DeviceGateway {

    private final SimulatedDevices devices;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollPeriod;
    private final Duration latency;
    private final DeviceWatch watch = new DeviceWatch();
    private final SimulatedTwins twins = new SimulatedTwins();
    private final MessageQueue messages = new MessageQueue();
    private final Object pollLock = new Object();

    SimulatedHub(SimulatedDevices devices, Clock clock, Sleeper sleeper, Duration pollPeriod, Duration latency) {
        this.devices = devices;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollPeriod = pollPeriod;
        this.latency = latency;
    }

    public void poll() {
        synchronized (pollLock) {
            List<DeviceStatus> statuses = devices.statuses();
            Instant now = clock.instant();
            watch.update(statuses, devices.running(), now);
            for (DeviceStatus status : statuses) {
                twins.observe(status.deviceId(), status.reportedProperties(), now);
                if (watch.connected(status.deviceId())) {
                    twins.takeDesired(status.deviceId())
                            .forEach((name, value) -> devices.setDesired(status.deviceId(), name, value));
                }
            }
            messages.deliver(now, watch::answering, devices::command);
        }
    }

    @Override
    public String name() {
        return "the simulated devices";
    }

    @Override
    public List<Device> devices() {
        return devices.devices();
    }

    @Override
    public Map<String, DeviceConnection> connections() {
        return watch.connections();
    }

    @Override
    public Optional<String> register(RegisteredDevice device) {
        return known(device.id()) ? Optional.empty() : Optional.of(unknown(device.id())
                + "; the simulated hub registers only devices of the running fleet (add it in the Simulator view)");
    }

    @Override
    public MethodResult invokeMethod(String deviceId, String method, String payload, Duration responseTimeout,
            Duration connectTimeout) throws InterruptedException {
        if (!known(deviceId)) {
            return new MethodResult(CallOutcome.UNKNOWN_DEVICE, 404, quoted(unknown(deviceId)));
        }
        if (!waitFor(() -> watch.connected(deviceId), clock.instant().plus(connectTimeout))) {
            return new MethodResult(CallOutcome.OFFLINE, 404, quoted(deviceId + " is offline: it did not connect"
                    + " within the connect timeout of " + seconds(connectTimeout)));
        }
        Instant deadline = clock.instant().plus(responseTimeout);
        sleeper.sleep(latency.compareTo(responseTimeout) < 0 ? latency : responseTimeout);
        if (latency.compareTo(responseTimeout) >= 0 || !waitFor(() -> watch.answering(deviceId), deadline)) {
            return new MethodResult(CallOutcome.TIMED_OUT, 504, quoted(deviceId + " did not answer within the"
                    + " response timeout of " + seconds(responseTimeout)));
        }
        CommandResult result = devices.command(deviceId, method, payload);
        if (result.succeeded() && DeviceModel.REBOOT.equalsIgnoreCase(method.trim())) {
            watch.expectHeartbeat(deviceId);
        }
        return new MethodResult(CallOutcome.ANSWERED, result.status(), quoted(result.message()));
    }

    @Override
    public Enqueued sendMessage(String deviceId, String body, Map<String, String> properties, Duration expiry) {
        if (!known(deviceId)) {
            return new Enqueued(null, unknown(deviceId));
        }
        String command = properties.get(COMMAND_PROPERTY);
        if (command == null || command.isBlank()) {
            return new Enqueued(null, "the message has no '" + COMMAND_PROPERTY + "' property, so the simulated"
                    + " device would not know what to do with it");
        }
        return new Enqueued(messages.enqueue(deviceId, command, body, clock.instant().plus(expiry)), null);
    }

    @Override
    public Feedback awaitFeedback(String messageId, Duration maxWait) throws InterruptedException {
        Feedback[] received = new Feedback[1];
        waitFor(() -> (received[0] = messages.takeFeedback(messageId)) != null, clock.instant().plus(maxWait));
        return received[0] != null ? received[0] : new Feedback(DeliveryOutcome.NO_FEEDBACK, "no acknowledgement of"
                + " message " + messageId + " within " + seconds(maxWait));
    }

    @Override
    public Optional<DeviceTwin> twin(String deviceId) {
        if (!known(deviceId)) {
            return Optional.empty();
        }
        return twins.twin(deviceId);
    }

    @Override
    public TwinUpdate updateTwin(String deviceId, TwinPatch patch) {
        if (!known(deviceId)) {
            return new TwinUpdate.Refused(unknown(deviceId));
        }
        return twins.update(deviceId, patch, clock.instant());
    }

    private boolean known(String deviceId) {
        if (!watch.known(deviceId)) {
            poll();
        }
        return watch.known(deviceId);
    }

    private boolean waitFor(BooleanSupplier condition, Instant deadline) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                return false;
            }
            sleeper.sleep(left.compareTo(pollPeriod) < 0 ? left : pollPeriod);
        }
        return true;
    }

    private static String unknown(String deviceId) {
        return "no device '" + deviceId + "' in the simulated fleet";
    }

    private static String quoted(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s",
                millis / 1000.0);
    }
}
