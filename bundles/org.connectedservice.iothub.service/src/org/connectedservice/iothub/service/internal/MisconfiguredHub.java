package org.connectedservice.iothub.service.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedservice.core.devices.DeviceConnection;
import org.connectedservice.core.devices.DeviceGateway;
import org.connectedservice.core.devices.DeviceTwin;
import org.connectedservice.core.devices.RegisteredDevice;
import org.connectedservice.core.devices.TwinPatch;
import org.connectedservice.core.devices.TwinUpdate;
import org.connectedservice.core.model.Device;

/**
 * A hub profile whose settings cannot make a connection (no policy name, a key that is not base64). Every call
 * answers with what to fix: sending to the simulated devices instead would look like success against the hub.
 */
final class MisconfiguredHub implements DeviceGateway {

    private final String hostName;
    private final String problem;

    MisconfiguredHub(String hostName, String problem) {
        this.hostName = hostName;
        this.problem = "The IoT Hub profile cannot be used: " + problem + " (File > Connections).";
    }

    @Override
    public String name() {
        return "IoT Hub " + hostName;
    }

    @Override
    public List<Device> devices() {
        throw new IllegalStateException(problem);
    }

    @Override
    public Map<String, DeviceConnection> connections() {
        return Map.of();
    }

    @Override
    public Optional<String> register(RegisteredDevice device) {
        return Optional.of(problem);
    }

    @Override
    public MethodResult invokeMethod(String deviceId, String method, String payload, Duration responseTimeout,
            Duration connectTimeout) {
        throw new IllegalStateException(problem);
    }

    @Override
    public Enqueued sendMessage(String deviceId, String body, Map<String, String> properties, Duration expiry) {
        return new Enqueued(null, problem);
    }

    @Override
    public Feedback awaitFeedback(String messageId, Duration maxWait) {
        return new Feedback(DeliveryOutcome.NO_FEEDBACK, problem);
    }

    @Override
    public Optional<DeviceTwin> twin(String deviceId) {
        throw new IllegalStateException(problem);
    }

    @Override
    public TwinUpdate updateTwin(String deviceId, TwinPatch patch) {
        return new TwinUpdate.Refused(problem);
    }
}
