package org.connectedservice.simulator.transport;

import java.util.Map;

import org.connectedservice.core.simulation.SimulatedMessage;

/** The connected devices of one run. Thread-safe. */
public interface TransportSession extends AutoCloseable {

    /** Where the devices are connected, for the user: "IoT Hub myhub.azure-devices.net over MQTT, 25 devices". */
    String description();

    /**
     * Queues a device-to-cloud message; the transport sends it in the background.
     *
     * @throws IllegalStateException when the device is not connected (any more), saying why
     */
    void send(SimulatedMessage message);

    /** Patches the device's reported properties; values are JSON text or plain text (sent as a string). */
    void report(String deviceId, Map<String, String> properties);

    /** Disconnects every device; waits until they are closed. */
    @Override
    void close();
}
