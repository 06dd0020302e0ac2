package org.connectedservice.ui.simulator;

import java.util.List;

import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.HubConnection;
import org.connectedservice.core.simulation.SimulatorCounters;
import org.connectedservice.core.simulation.SimulatorRunState;

/** One refresh of the view, read off the UI thread: the run state, counters, every device's row, the hub link. */
record SimulatorSnapshot(SimulatorRunState state, double speed, SimulatorCounters counters,
        List<DeviceStatus> devices, HubConnection hub) {

    static SimulatorSnapshot of(FleetSimulator simulator) {
        return new SimulatorSnapshot(simulator.runState(), simulator.speed(), simulator.counters(),
                simulator.deviceStatuses(), simulator.hubConnection());
    }
}
