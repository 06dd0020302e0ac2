package org.connectedservice.simulator.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class SensorModelTest {

    @Test
    void aBaselineOutsideTheClampRangeIsRejectedWithTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SensorModel.steady("Humidity", "%", 120, 2, 0, 100));
        assertEquals("Humidity: baseline 120.0 must lie within the clamp range [0.0, 100.0]", e.getMessage());
    }

    @Test
    void aSensorCanOnlyFollowOneListedBeforeIt() {
        SensorModel vibration = SensorModel.steady("Vibration", "mm/s", 3, 0.4, 0, 50).following("Pressure", 1);
        SensorModel pressure = SensorModel.steady("Pressure", "bar", 6, 0.2, 0, 16);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeviceModel.of("p", "Pump", Duration.ofSeconds(1), List.of(vibration, pressure)));
        assertEquals("p: sensor Vibration follows 'Pressure', which must be listed before it", e.getMessage());
    }

    @Test
    void withoutASpikeOffsetASpikeLiftsAQuarterOfTheRange() {
        assertEquals(25, SensorModel.steady("Humidity", "%", 45, 2, 0, 100).spikeOffset());
    }
}
