package org.connectedservice.simulator.transport;

import java.util.List;

import org.connectedservice.core.connect.IotHubSettings;

/**
 * Carries simulated devices' traffic to a real IoT Hub: telemetry and reported properties up, direct methods and
 * desired properties down. A DS service; the simulator uses it when the active connection profile names a hub.
 */
public interface DeviceTransport {

    /**
     * Makes sure every device exists in the hub and connects it. Returns only when all of them are connected, ready
     * for methods and desired properties.
     *
     * @throws TransportException with a message for the user; then no device is left connected
     */
    TransportSession connect(IotHubSettings hub, List<String> deviceIds, DeviceHandler handler)
            throws TransportException;
}
