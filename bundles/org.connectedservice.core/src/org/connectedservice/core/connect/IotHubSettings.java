package org.connectedservice.core.connect;

/**
 * An IoT Hub reached with a shared access policy. hostName may carry a port (a local test peer); devices created
 * by the simulator get their keys from the policy's registry rights.
 */
public record IotHubSettings(String hostName, String sharedAccessKeyName, String sharedAccessKey,
        DeviceProtocol deviceProtocol, boolean createDevicesInBulk) {

    public enum DeviceProtocol {
        MQTT, AMQP
    }
}
