package org.connectedservice.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.fleet.Recorder;
import org.connectedservice.simulator.internal.fleet.SimulatedDevice;
import org.connectedservice.simulator.internal.model.SensorModel;
import org.junit.jupiter.api.Test;

class DemoFleetTest {

    private static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    private static final double THERMOSTAT_RULE = 70;
    private static final double PUMP_PRESSURE_RULE = 8.5;
    private static final double PUMP_VIBRATION_RULE = 7.0;

    private static Fleet demo(long seed) {
        return DemoFleet.create(seed, START, Duration.ofSeconds(1));
    }

    private static List<Reading> run(Fleet fleet, int seconds) {
        return Recorder.run(fleet, seconds).readings();
    }

    private static double[] series(List<Reading> readings, String deviceId, String measurement) {
        return readings.stream()
                .filter(r -> r.deviceId().equals(deviceId))
                .mapToDouble(r -> r.values().get(measurement))
                .toArray();
    }

    private static void spike(Fleet fleet, String deviceId) {
        fleet.inject(List.of(deviceId), Injection.of(InjectionKind.SPIKE));
    }

    private static double mean(double[] xs) {
        return DoubleStream.of(xs).average().orElseThrow();
    }

    private static double stddev(double[] xs) {
        double m = mean(xs);
        return Math.sqrt(DoubleStream.of(xs).map(x -> (x - m) * (x - m)).sum() / xs.length);
    }

    @Test
    void firstStartShowsTwentyThermostatsAndFivePumpsSpreadOverFiveBuildings() {
        List<Device> devices = demo(42).registry();

        assertEquals(25, devices.size());
        assertEquals(new Device("thermostat-01", "Thermostat 01", "Thermostat", "Building A"), devices.get(0));
        assertEquals(new Device("thermostat-06", "Thermostat 06", "Thermostat", "Building A"), devices.get(5));
        assertEquals("Building E", devices.get(19).asset());
        assertEquals(new Device("pump-05", "Pump 05", "Pump", "Building E"), devices.get(24));
    }

    @Test
    void sameSeedGivesExactlyTheSameReadings() {
        assertEquals(Recorder.run(demo(7), 200).text(), Recorder.run(demo(7), 200).text());
    }

    @Test
    void differentSeedGivesDifferentReadings() {
        assertNotEquals(run(demo(7), 20), run(demo(8), 20));
    }

    @Test
    void thermostatsWithTheSameBaselineDoNotMoveInLockstep() {
        List<Reading> ticks = run(demo(42), 10);
        assertFalse(Arrays.equals(series(ticks, "thermostat-01", "Temperature"),
                series(ticks, "thermostat-06", "Temperature")));
    }

    @Test
    void noiseMatchesTheModelOverTwoThousandTicks() {
        Fleet fleet = demo(42);
        List<Reading> ticks = run(fleet, 2000);

        for (SimulatedDevice device : List.of(fleet.device("thermostat-03"), fleet.device("pump-02"))) {
            for (SensorModel sensor : device.sensors()) {
                double expectedSigma = sensor.sigma();
                if (sensor.coupling().isPresent()) {
                    double sourceSigma = device.sensors().get(0).sigma() * sensor.coupling().factor();
                    expectedSigma = Math.hypot(expectedSigma, sourceSigma);
                }
                double[] xs = series(ticks, device.id(), sensor.name());
                String what = device.id() + " " + sensor.name();
                assertEquals(sensor.baseline(), mean(xs), 0.1 * expectedSigma + 0.01, what + " mean");
                assertEquals(expectedSigma, stddev(xs), 0.1 * expectedSigma, what + " stddev");
            }
        }
    }

    @Test
    void readingsAreRoundedToTwoDecimals() {
        for (Reading reading : run(demo(42), 1)) {
            for (double v : reading.values().values()) {
                assertEquals(Math.round(v * 100) / 100.0, v, 1e-9, reading.toString());
            }
        }
    }

    @Test
    void quietDevicesStayInsideTheDefaultRules() {
        List<Reading> ticks = run(demo(42), 2000);
        long breaches = ticks.stream()
                .filter(r -> !r.deviceId().equals(DemoFleet.CYCLING_THERMOSTAT))
                .filter(r -> r.deviceType().equals("Thermostat") ? r.values().get("Temperature") > THERMOSTAT_RULE
                        : r.values().get("Pressure") > PUMP_PRESSURE_RULE
                                || r.values().get("Vibration") > PUMP_VIBRATION_RULE)
                .count();
        assertTrue(breaches <= 1, breaches + " readings of quiet devices broke a default rule");
    }

    @Test
    void thermostat07CrossesSeventyForAWhileEveryThreeMinutesWithoutUserAction() {
        double[] temps = series(run(demo(42), 360), DemoFleet.CYCLING_THERMOSTAT, "Temperature");

        for (int window = 0; window < 2; window++) {
            long above = IntStream.range(window * 180, window * 180 + 180).filter(i -> temps[i] > 70).count();
            assertTrue(above >= 20 && above <= 60, "seconds above 70 F in cycle " + window + ": " + above);
        }
        assertTrue(IntStream.range(0, 60).anyMatch(i -> temps[i] > 70), "first alert within a minute of start");
        assertTrue(IntStream.range(90, 180).allMatch(i -> temps[i] < 70), "it calms down again");
    }

    @Test
    void pumpVibrationRisesWithPressure() {
        List<Reading> ticks = run(demo(42), 2000);
        double[] pressure = series(ticks, "pump-01", "Pressure");
        double[] vibration = series(ticks, "pump-01", "Vibration");

        double mp = mean(pressure);
        double mv = mean(vibration);
        double covariance = IntStream.range(0, pressure.length)
                .mapToDouble(i -> (pressure[i] - mp) * (vibration[i] - mv))
                .sum() / pressure.length;
        double correlation = covariance / (stddev(pressure) * stddev(vibration));
        assertTrue(correlation > 0.4, "correlation " + correlation);
    }

    @Test
    void thermostatSpikeBreaksTheRuleForExactlyFiveReadings() {
        Fleet fleet = demo(42);
        run(fleet, 1);
        spike(fleet, "thermostat-03");

        double[] temps = series(run(fleet, 8), "thermostat-03", "Temperature");
        for (int i = 0; i < 5; i++) {
            assertTrue(temps[i] > THERMOSTAT_RULE, "spiked reading " + i + ": " + temps[i]);
        }
        for (int i = 5; i < 8; i++) {
            assertTrue(temps[i] < THERMOSTAT_RULE, "reading " + i + " after the spike: " + temps[i]);
        }
    }

    @Test
    void pumpSpikeBreaksThePressureRuleOnlyAndOnlyForThatPump() {
        Fleet fleet = demo(42);
        spike(fleet, "pump-04");

        List<Reading> ticks = run(fleet, 6);
        double[] pressure = series(ticks, "pump-04", "Pressure");
        for (int i = 0; i < 5; i++) {
            assertTrue(pressure[i] > PUMP_PRESSURE_RULE, "spiked reading " + i + ": " + pressure[i]);
        }
        assertTrue(pressure[5] < PUMP_PRESSURE_RULE);
        assertTrue(mean(series(ticks, "pump-04", "Vibration")) < PUMP_VIBRATION_RULE);
        assertTrue(mean(series(ticks, "pump-03", "Pressure")) < PUMP_PRESSURE_RULE);
    }

    @Test
    void spikeChangesOnlyThePrimaryMeasurement() {
        Fleet spiked = demo(42);
        Fleet quiet = demo(42);
        spike(spiked, "thermostat-01");

        Map<String, Double> withSpike = run(spiked, 1).get(0).values();
        Map<String, Double> without = run(quiet, 1).get(0).values();
        assertEquals(without.get("Humidity"), withSpike.get("Humidity"));
        assertEquals(without.get("Temperature") + 25, withSpike.get("Temperature"), 0.011);
    }

    @Test
    void unknownDeviceTellsTheUserToPickFromTheList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spike(demo(42), "boiler-9"));
        assertEquals("no simulated device 'boiler-9'; pick one from the device list", e.getMessage());
    }
}
