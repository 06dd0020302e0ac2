package org.connectedservice.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SimulatorSettingsTest {

    @Test
    void withoutPropertiesTheSimulatorStartsAtOneHertzWithSeed42() {
        SimulatorSettings settings = SimulatorSettings.from(name -> null);

        assertEquals(new SimulatorSettings(42, Duration.ofSeconds(1), true, List.of()), settings);
    }

    @Test
    void testsCanPinTheSeedSpeedUpTicksAndKeepItStopped() {
        Map<String, String> props = Map.of(SimulatorSettings.SEED, "7", SimulatorSettings.PERIOD_MILLIS, " 50 ",
                SimulatorSettings.AUTOSTART, "FALSE");

        SimulatorSettings settings = SimulatorSettings.from(props::get);

        assertEquals(new SimulatorSettings(7, Duration.ofMillis(50), false, List.of()), settings);
    }

    @Test
    void malformedValuesFallBackToDefaultsAndSayWhichPropertyIsWrong() {
        Map<String, String> props = Map.of(SimulatorSettings.SEED, "forty-two", SimulatorSettings.PERIOD_MILLIS, "0",
                SimulatorSettings.AUTOSTART, "yes");

        SimulatorSettings settings = SimulatorSettings.from(props::get);

        assertEquals(42, settings.seed());
        assertEquals(Duration.ofSeconds(1), settings.period());
        assertTrue(settings.autostart());
        assertEquals(List.of("connectedservice.simulator.seed='forty-two' is not a whole number; using seed 42",
                "connectedservice.simulator.periodMillis='0' is not a positive number of milliseconds; using 1000",
                "connectedservice.simulator.autostart='yes' must be true or false; using true"),
                settings.warnings());
    }
}
