package org.connectedservice.simulator.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Reading;

/**
 * The fleet a first start shows: 20 thermostats and 5 pumps. Their baselines sit well inside the default rules
 * (Thermostat Temperature > 70, Pump Pressure > 8.5, Pump Vibration > 7.0) so that alerts come only from
 * thermostat-07, whose slow cycle crosses 70 F for about 40 s every 3 minutes, and from injected spikes.
 */
public final class DemoFleet {

    public static final String THERMOSTAT = "Thermostat";
    public static final String PUMP = "Pump";
    public static final String CYCLING_THERMOSTAT = "thermostat-07";
    public static final int SPIKE_READINGS = 5;

    static final int THERMOSTATS = 20;
    static final int PUMPS = 5;
    static final double CYCLE_AMPLITUDE_F = 10;
    static final double CYCLE_PERIOD_SECONDS = 180;
    static final double VIBRATION_PER_BAR = 1.5;

    private static final List<String> BUILDINGS = List.of("Building A", "Building B", "Building C", "Building D",
            "Building E");
    private static final Map<String, Double> SPIKE_OFFSET_BY_TYPE = Map.of(THERMOSTAT, 25.0, PUMP, 4.0);

    private final List<SimulatedDevice> devices;

    public DemoFleet(long seed) {
        // split() hands each device its own independent stream, always in the same order for the same seed
        SplittableRandom seeds = new SplittableRandom(seed);
        List<SimulatedDevice> built = new ArrayList<>();
        for (int i = 1; i <= THERMOSTATS; i++) {
            String id = String.format("thermostat-%02d", i);
            built.add(new SimulatedDevice(id, String.format("Thermostat %02d", i), THERMOSTAT, building(i),
                    thermostatSensors(id, i), seeds.split()));
        }
        for (int i = 1; i <= PUMPS; i++) {
            built.add(new SimulatedDevice(String.format("pump-%02d", i), String.format("Pump %02d", i), PUMP,
                    building(i), pumpSensors(), seeds.split()));
        }
        devices = List.copyOf(built);
    }

    private static String building(int oneBasedIndex) {
        return BUILDINGS.get((oneBasedIndex - 1) % BUILDINGS.size());
    }

    private static List<SensorModel> thermostatSensors(String id, int index) {
        SensorModel temperature;
        if (id.equals(CYCLING_THERMOSTAT)) {
            temperature = SensorModel.steady("Temperature", "\u00B0F", 62, 1.2, 32, 120)
                    .withCycle(CYCLE_AMPLITUDE_F, CYCLE_PERIOD_SECONDS);
        } else {
            // small per-device offsets so the live chart lines do not sit on top of each other
            double baseline = 62 + ((index % 5) - 2) * 0.25;
            temperature = SensorModel.steady("Temperature", "\u00B0F", baseline, 1.2, 32, 120);
        }
        return List.of(temperature, SensorModel.steady("Humidity", "%", 45, 2, 0, 100));
    }

    private static List<SensorModel> pumpSensors() {
        return List.of(SensorModel.steady("Pressure", "bar", 6, 0.2, 0, 16),
                SensorModel.steady("Vibration", "mm/s", 3, 0.4, 0, 50).following("Pressure", VIBRATION_PER_BAR));
    }

    public List<SimulatedDevice> devices() {
        return devices;
    }

    public List<Device> registry() {
        return devices.stream().map(SimulatedDevice::asDevice).toList();
    }

    public List<Reading> tick(Instant now) {
        return devices.stream().map(d -> d.next(now)).toList();
    }

    public SimulatedDevice device(String deviceId) {
        return devices.stream()
                .filter(d -> d.id().equals(deviceId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no simulated device '" + deviceId + "'; pick one from the device list"));
    }

    public void injectSpike(String deviceId) {
        SimulatedDevice device = device(deviceId);
        device.startSpike(SPIKE_READINGS, SPIKE_OFFSET_BY_TYPE.get(device.deviceType()));
    }
}
