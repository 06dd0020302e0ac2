package org.connectedservice.simulator.internal.fleet;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;

/**
 * Where a fleet's output goes. Devices without message faults take the cheap path and send readings; a device
 * with a duplicate, out-of-order, clock-skew or malformed fault, and every heartbeat, sends messages.
 */
public interface TelemetrySink {

    void reading(Reading reading);

    void message(SimulatedMessage message);
}
