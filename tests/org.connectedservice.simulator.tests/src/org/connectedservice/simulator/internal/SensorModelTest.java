package org.connectedservice.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SensorModelTest {

    @Test
    void aBaselineOutsideTheClampRangeIsRejectedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SensorModel.steady("Humidity", "%", 120, 2, 0, 100));
        assertEquals("Humidity: baseline 120.0 must lie within the clamp range [0.0, 100.0]", e.getMessage());
    }

    @Test
    void valuesAreClampedToThePhysicalRange() {
        SimulatedDevice device = new SimulatedDevice("h-1", "Humidity sensor", "Sensor", "",
                List.of(SensorModel.steady("Humidity", "%", 99, 50, 0, 100)), new SplittableRandom(1));

        double[] values = IntStream.range(0, 200)
                .mapToDouble(i -> device.next(Instant.EPOCH.plusSeconds(i)).values().get("Humidity"))
                .toArray();

        assertTrue(DoubleStream.of(values).allMatch(v -> v >= 0 && v <= 100));
        assertTrue(DoubleStream.of(values).anyMatch(v -> v == 100), "noise reached the top of the range");
    }

    @Test
    void aSensorCanOnlyFollowOneListedBeforeIt() {
        SensorModel vibration = SensorModel.steady("Vibration", "mm/s", 3, 0.4, 0, 50).following("Pressure", 1);
        SensorModel pressure = SensorModel.steady("Pressure", "bar", 6, 0.2, 0, 16);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SimulatedDevice("p",
                "Pump", "Pump", "", List.of(vibration, pressure), new SplittableRandom(1)));
        assertEquals("p: sensor Vibration follows 'Pressure', which must be listed before it", e.getMessage());
    }
}
