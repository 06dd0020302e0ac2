package org.connectedservice.simulator.internal;

import org.connectedservice.core.simulation.BenchResult;
import org.connectedservice.core.simulation.SimulatorBenchmark;
import org.osgi.service.component.annotations.Component;

/** The simulator's part of ./console bench. */
@Component(service = SimulatorBenchmark.class)
public class BenchService implements SimulatorBenchmark {

    @Override
    public BenchResult measure(int devices, double rateHz, int simulatedSeconds) {
        return FleetBench.measure(devices, rateHz, simulatedSeconds);
    }
}
