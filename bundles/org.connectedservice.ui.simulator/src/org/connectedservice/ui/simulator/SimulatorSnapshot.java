package org.connectedservice.ui.simulator;

import java.util.List;

import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.FleetSimulator;
import org.connectedservice.core.simulation.SimulatorCounters;
import org.connectedservice.core.simulation.SimulatorRunState;

/** One refresh of the view, read off the UI thread: the run state, counters and every device's row. */
record SimulatorSnapshot(SimulatorRunState state, double speed, SimulatorCounters counters,
        List<DeviceStatus> devices) {

    static SimulatorSnapshot of(FleetSimulator simulator) {
        return new SimulatorSnapshot(simulator.runState(), simulator.speed(), simulator.counters(),
                simulator.deviceStatuses());
    }
}
