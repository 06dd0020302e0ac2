package org.connectedservice.simulator.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.BenchResult;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;
import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.ModelLibrary;

/**
 * Measures the CPU time the simulator itself needs to produce a fleet's readings, on the calling thread, without a
 * receiver: what is left of a core is what the engine may use.
 */
public final class FleetBench {

    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private FleetBench() {
    }

    public static BenchResult measure(int devices, double rateHz, int simulatedSeconds) {
        if (devices < 1 || !(rateHz > 0 && rateHz <= 100) || simulatedSeconds < 1) {
            throw new IllegalArgumentException("bench needs devices >= 1, a rate of 0 to 100 Hz and seconds >= 1");
        }
        DeviceModel thermostat = ModelLibrary.example("thermostat")
                .withInterval(Duration.ofMillis(Math.max(1, Math.round(1000 / rateHz))));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        Fleet fleet = new Fleet(1, START);
        fleet.addModel(thermostat, devices, "");
        ReadingCount count = new ReadingCount();
        for (int s = 1; s <= simulatedSeconds; s++) {
            fleet.advanceTo(START.plusSeconds(s)).deliverTo(count);
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        return new BenchResult(devices, rateHz, simulatedSeconds, count.readings, cpu, wall);
    }

    private static final class ReadingCount implements TelemetrySink {

        private long readings;

        @Override
        public void reading(Reading reading) {
            readings++;
        }

        @Override
        public void message(SimulatedMessage message) {
            readings++;
        }
    }
}
