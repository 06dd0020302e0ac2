package org.connectedservice.core.simulation;

/** Measures the simulator's own cost, without a receiver, for ./console bench. */
public interface SimulatorBenchmark {

    /** Generates devices x rateHz readings per simulated second for simulatedSeconds, on the calling thread. */
    BenchResult measure(int devices, double rateHz, int simulatedSeconds);
}
