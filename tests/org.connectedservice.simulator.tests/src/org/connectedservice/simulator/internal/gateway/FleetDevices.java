package org.connectedservice.simulator.internal.gateway;

import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.simulator.internal.fleet.Fleet;

/** A fleet a test drives by hand, as the hub reaches it; running can be switched off as stopping the simulator. */
final class FleetDevices implements SimulatedDevices {

    private final Fleet fleet;
    volatile boolean running = true;

    FleetDevices(Fleet fleet) {
        this.fleet = fleet;
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public List<DeviceStatus> statuses() {
        return fleet.statuses();
    }

    @Override
    public List<Device> devices() {
        return fleet.registry();
    }

    @Override
    public CommandResult command(String deviceId, String command, String payload) {
        return fleet.command(deviceId, command, payload);
    }

    @Override
    public CommandResult setDesired(String deviceId, String name, String value) {
        return fleet.setDesired(deviceId, name, value);
    }
}
