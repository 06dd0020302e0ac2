package org.connectedservice.simulator.internal.gateway;

import java.util.List;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.SimulatorRunState;

/** The running simulator's fleet, through its services. */
final class FleetSimulatorDevices implements SimulatedDevices {

    private final FleetSimulator simulator;
    private final DeviceRegistry registry;

    FleetSimulatorDevices(FleetSimulator simulator, DeviceRegistry registry) {
        this.simulator = simulator;
        this.registry = registry;
    }

    @Override
    public boolean running() {
        return simulator.runState() == SimulatorRunState.RUNNING;
    }

    @Override
    public List<DeviceStatus> statuses() {
        return simulator.deviceStatuses();
    }

    @Override
    public List<Device> devices() {
        return registry.devices();
    }

    @Override
    public CommandResult command(String deviceId, String command, String payload) {
        return simulator.sendCommand(deviceId, command, payload);
    }

    @Override
    public CommandResult setDesired(String deviceId, String name, String value) {
        return simulator.setDesiredProperty(deviceId, name, value);
    }
}
