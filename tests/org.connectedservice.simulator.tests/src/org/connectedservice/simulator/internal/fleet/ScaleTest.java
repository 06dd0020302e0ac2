package org.connectedservice.simulator.internal.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Locale;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.BenchResult;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.FleetBench;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.junit.jupiter.api.Test;

class ScaleTest {

    private static final int DEVICES = 10_000;
    private static final int SECONDS = 60;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    /** Checks what each device sent while counting, so the measurement covers real readings, not dead code. */
    private static final class Tally implements TelemetrySink {

        final int[] perSecond = new int[SECONDS];
        long readings;
        double sum;

        @Override
        public void reading(Reading reading) {
            readings++;
            perSecond[(int) ((reading.time().toEpochMilli() - START.toEpochMilli()) / 1000)]++;
            sum += reading.values().get("Temperature");
        }

        @Override
        public void message(SimulatedMessage message) {
            throw new AssertionError("no message faults were injected, so only readings may come: " + message);
        }
    }

    @Test
    void tenThousandDevicesAtOneHertzForAMinute() {
        Fleet fleet = new Fleet(42, START);
        fleet.addModel(ModelLibrary.example("thermostat"), DEVICES, "");
        Tally tally = new Tally();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int s = 1; s <= SECONDS; s++) {
            fleet.advanceTo(START.plusSeconds(s)).deliverTo(tally);
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;

        double cpuMillisPerSimulatedSecond = cpu / 1e6 / SECONDS;
        System.out.println(String.format(Locale.ROOT,
                "simulator scale: %d devices at 1 Hz, %d simulated s: %.2f ms CPU per simulated second "
                        + "(%.4f cores), %.2f ms wall per simulated second",
                DEVICES, SECONDS, cpuMillisPerSimulatedSecond, cpuMillisPerSimulatedSecond / 1000,
                wall / 1e6 / SECONDS));
        assertEquals((long) DEVICES * SECONDS, tally.readings);
        for (int s = 0; s < SECONDS; s++) {
            assertEquals(DEVICES, tally.perSecond[s], "readings stamped in second " + s);
        }
        assertEquals(62, tally.sum / tally.readings, 0.05, "mean temperature of the fleet");
        assertTrue(fleet.statuses().stream().allMatch(d -> d.messagesSent() == SECONDS));
    }

    @Test
    void theBenchLineReportsTheCoresUsed() {
        BenchResult result = FleetBench.measure(DEVICES, 1, SECONDS);

        System.out.println(result.toJsonLine());
        assertEquals((long) DEVICES * SECONDS, result.readings());
        assertTrue(result.toJsonLine().matches(
                "\\{\"bench\":\"simulator\",\"devices\":10000,\"rate_hz\":1,\"cores_used\":[0-9.]+}"),
                result.toJsonLine());
        assertTrue(result.coresUsed() < 1, "at most one core: " + result.coresUsed());
    }
}
