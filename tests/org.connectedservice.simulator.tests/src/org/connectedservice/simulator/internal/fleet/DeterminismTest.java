package org.connectedservice.simulator.internal.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.DoubleStream;

import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.connectedservice.simulator.internal.model.SensorModel;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

    private static String run(long seed) {
        Fleet fleet = new Fleet(seed, START);
        for (String model : ModelLibrary.EXAMPLES) {
            fleet.addModel(ModelLibrary.example(model), 3, "Site 1");
        }
        Recorder recorder = Recorder.run(fleet, 30);
        fleet.inject(List.of("pump-01"), Injection.of(InjectionKind.MALFORMED).withMagnitude(0.5));
        fleet.inject(fleet.select("Thermostat"), Injection.of(InjectionKind.DUPLICATE));
        fleet.inject(List.of("compressor-02"), Injection.of(InjectionKind.CLOCK_SKEW));
        fleet.inject(List.of("cold-storage-unit-03"), Injection.of(InjectionKind.DRIFT));
        fleet.command("pump-02", "reboot", null);
        recorder.items.addAll(Recorder.run(fleet, 120).items);
        return recorder.text();
    }

    @Test
    void theSameSeedGivesTheSameRunByteForByte() {
        String first = run(7);
        String second = run(7);

        assertTrue(first.lines().count() > 1000, "a run worth comparing: " + first.lines().count() + " lines");
        assertTrue(first.contains("\"body\":\"{"), "the run includes malformed payloads");
        assertEquals(first, second);
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertNotEquals(run(7), run(8));
    }

    private static double[] series(DeviceModel model, Duration interval, int count) {
        Fleet fleet = new Fleet(3, START);
        fleet.add("d", "d", "", model.withInterval(interval));
        return Recorder.run(fleet, count * (int) interval.toSeconds()).series("d", model.primary().name());
    }

    @Test
    void aDailyCyclePeaksAtItsHourAndADriftAddsUpPerHour() {
        SensorModel calm = SensorModel.steady("T", "C", 20, 0, -100, 100);
        DeviceModel daily = DeviceModel.of("d", "D", Duration.ofHours(1), List.of(calm.withDailyCycle(5, 15)));
        double[] hourly = series(daily, Duration.ofHours(1), 24);
        assertEquals(25, hourly[15], 1e-9, "the peak at 15:00 UTC");
        assertEquals(15, hourly[3], 1e-9, "the trough twelve hours away");

        DeviceModel drifting = DeviceModel.of("d", "D", Duration.ofHours(1), List.of(calm.withDrift(0.5)));
        double[] drift = series(drifting, Duration.ofHours(1), 5);
        assertEquals(List.of(20.0, 20.5, 21.0, 21.5, 22.0), DoubleStream.of(drift).boxed().toList());
    }
}
