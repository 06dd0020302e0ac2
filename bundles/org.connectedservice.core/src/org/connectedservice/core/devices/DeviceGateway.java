package org.connectedservice.core.devices;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedservice.core.model.Device;

/**
 * What the command service and the registry talk to: the simulated devices embedded, IoT Hub with a hub profile
 * (RegistryClient, DirectMethodsClient, MessagingClient, TwinClient). Calls that wait block the calling thread.
 */
public interface DeviceGateway {

    /** The message property that names what a cloud-to-device message asks the device to do. */
    String COMMAND_PROPERTY = "command";

    enum CallOutcome {
        /** The device answered; status is its answer (200 for success). */
        ANSWERED,
        /** The hub has no such device. */
        UNKNOWN_DEVICE,
        /** The device did not connect within the connect timeout. */
        OFFLINE,
        /** The device was connected but did not answer within the response timeout. */
        TIMED_OUT
    }

    record MethodResult(CallOutcome outcome, int status, String payload) {

        public boolean succeeded() {
            return outcome == CallOutcome.ANSWERED && status >= 200 && status < 300;
        }
    }

    /** A queued cloud-to-device message; messageId is null and problem says why when the hub refused it. */
    record Enqueued(String messageId, String problem) {
    }

    enum DeliveryOutcome {
        /** The device took the message and completed it. */
        COMPLETED,
        /** The device took the message and rejected it. */
        REJECTED,
        /** The device did not take the message before it expired. */
        EXPIRED,
        /** No acknowledgement arrived in the time waited. */
        NO_FEEDBACK
    }

    record Feedback(DeliveryOutcome outcome, String detail) {
    }

    /** Where the commands go, for messages ("the simulated devices", "IoT Hub contoso-hub"). */
    String name();

    /** The devices the hub's registry holds. */
    List<Device> devices();

    /** Connection state and activity of every device the hub knows, by id. */
    Map<String, DeviceConnection> connections();

    /** Creates the device's identity in the hub; returns why it could not, or empty when it is registered. */
    Optional<String> register(RegisteredDevice device);

    MethodResult invokeMethod(String deviceId, String method, String payload, Duration responseTimeout,
            Duration connectTimeout) throws InterruptedException;

    Enqueued sendMessage(String deviceId, String body, Map<String, String> properties, Duration expiry);

    Feedback awaitFeedback(String messageId, Duration maxWait) throws InterruptedException;

    Optional<DeviceTwin> twin(String deviceId);

    /** Applies the patch when ifMatch matches the twin's etag (or is "*"); never returns a Conflict's otherChanges. */
    TwinUpdate updateTwin(String deviceId, TwinPatch patch);
}
