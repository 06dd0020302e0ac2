package org.connectedservice.simulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.simulator.internal.fleet.Fleet;
import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.ModelLibrary;
import org.connectedservice.simulator.internal.model.SensorModel;

/**
 * The fleet a first start shows: 20 thermostats and 5 pumps of the shipped models. Their baselines sit well inside
 * the default rules (Thermostat Temperature > 70, Pump Pressure > 8.5, Pump Vibration > 7.0) so that alerts come
 * only from thermostat-07, whose slow cycle crosses 70 F for about 40 s every 3 minutes, and from injected faults.
 */
public final class DemoFleet {

    public static final String THERMOSTAT = "Thermostat";
    public static final String PUMP = "Pump";
    public static final String CYCLING_THERMOSTAT = "thermostat-07";

    static final int THERMOSTATS = 20;
    static final int PUMPS = 5;
    static final double CYCLE_AMPLITUDE_F = 10;
    static final double CYCLE_PERIOD_SECONDS = 180;

    private static final List<String> BUILDINGS = List.of("Building A", "Building B", "Building C", "Building D",
            "Building E");

    private DemoFleet() {
    }

    public static Fleet create(long seed, Instant start, Duration interval) {
        DeviceModel thermostat = ModelLibrary.example("thermostat").withInterval(interval);
        DeviceModel pump = ModelLibrary.example("pump").withInterval(interval);
        Fleet fleet = new Fleet(seed, start);
        for (int i = 1; i <= THERMOSTATS; i++) {
            String id = String.format("thermostat-%02d", i);
            fleet.add(id, String.format("Thermostat %02d", i), building(i), thermostatVariant(thermostat, id, i));
        }
        for (int i = 1; i <= PUMPS; i++) {
            fleet.add(String.format("pump-%02d", i), String.format("Pump %02d", i), building(i), pump);
        }
        return fleet;
    }

    private static String building(int oneBasedIndex) {
        return BUILDINGS.get((oneBasedIndex - 1) % BUILDINGS.size());
    }

    private static DeviceModel thermostatVariant(DeviceModel thermostat, String id, int index) {
        List<SensorModel> sensors = new ArrayList<>(thermostat.sensors());
        SensorModel temperature = sensors.get(0);
        if (id.equals(CYCLING_THERMOSTAT)) {
            sensors.set(0, temperature.withCycle(CYCLE_AMPLITUDE_F, CYCLE_PERIOD_SECONDS));
        } else {
            // small per-device offsets so the live chart lines do not sit on top of each other
            sensors.set(0, temperature.withBaseline(temperature.baseline() + ((index % 5) - 2) * 0.25));
        }
        return thermostat.withSensors(sensors);
    }
}
