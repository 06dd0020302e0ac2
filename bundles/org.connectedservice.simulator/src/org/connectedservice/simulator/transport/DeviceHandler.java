package org.connectedservice.simulator.transport;

import org.connectedservice.core.simulation.CommandResult;

/** What a simulated device does when the hub calls it. Called on the transport's threads. */
public interface DeviceHandler {

    /** A direct method: the result's status and message become the method response. */
    CommandResult method(String deviceId, String methodName, String payload);

    /**
     * A desired property from the twin; value is its JSON text. The device applies it and reports it back through
     * the session.
     */
    void desired(String deviceId, String name, String value);
}
