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

    /**
     * Closes the device's own connection (online false) or opens it again, as an injected network fault does. Returns
     * at once; the transport does the work on its own thread. Messages sent while the device is offline wait and go
     * out once it is back. Calling it again with the same state does nothing.
     */
    void setOnline(String deviceId, boolean online);

    /** Disconnects every device; waits until they are closed. */
    @Override
    void close();
}
