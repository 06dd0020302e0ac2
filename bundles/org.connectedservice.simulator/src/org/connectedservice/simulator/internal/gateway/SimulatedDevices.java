package org.connectedservice.simulator.internal.gateway;

import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.DeviceStatus;

/** The simulated fleet as the simulated hub reaches it. */
interface SimulatedDevices {

    /** False while the simulator is paused or stopped: then no device is connected. */
    boolean running();

    List<DeviceStatus> statuses();

    List<Device> devices();

    CommandResult command(String deviceId, String command, String payload);

    CommandResult setDesired(String deviceId, String name, String value);
}
