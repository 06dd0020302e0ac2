package org.connectedservice.simulator.internal.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of simulated device, as a model file describes it: its sensors (the first is the primary measurement a
 * spike lifts by default), how often it sends, what it reports, which commands it understands, and how long a
 * reboot keeps it silent.
 */
public record DeviceModel(String name, String deviceType, Duration interval, List<SensorModel> sensors,
        Map<String, String> reportedProperties, List<String> commands, Duration rebootSilence) {

    public static final String REBOOT = "reboot";
    public static final String DISPLAY_MESSAGE = "displayMessage";
    public static final String SET_INTERVAL = "setInterval";
    public static final List<String> KNOWN_COMMANDS = List.of(REBOOT, DISPLAY_MESSAGE, SET_INTERVAL);

    public DeviceModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(deviceType, "deviceType");
        sensors = List.copyOf(sensors);
        reportedProperties = Map.copyOf(reportedProperties);
        commands = List.copyOf(commands);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the message interval must be positive, got " + interval);
        }
        if (rebootSilence.isNegative()) {
            throw new IllegalArgumentException(name + ": the reboot silence cannot be negative");
        }
        if (sensors.isEmpty()) {
            throw new IllegalArgumentException(name + ": a device model needs at least one sensor");
        }
        for (int i = 0; i < sensors.size(); i++) {
            SensorModel sensor = sensors.get(i);
            String source = sensor.coupling().sensor();
            if (sensor.coupling().isPresent()
                    && sensors.subList(0, i).stream().noneMatch(s -> s.name().equals(source))) {
                throw new IllegalArgumentException(name + ": sensor " + sensor.name() + " follows '" + source
                        + "', which must be listed before it");
            }
        }
    }

    /** A model for fleets built in code: every command, no reported properties, a 10 s reboot. */
    public static DeviceModel of(String name, String deviceType, Duration interval, List<SensorModel> sensors) {
        return new DeviceModel(name, deviceType, interval, sensors, Map.of(), KNOWN_COMMANDS, Duration.ofSeconds(10));
    }

    public SensorModel primary() {
        return sensors.get(0);
    }

    public int sensorIndex(String measurement) {
        for (int i = 0; i < sensors.size(); i++) {
            if (sensors.get(i).name().equalsIgnoreCase(measurement)) {
                return i;
            }
        }
        return -1;
    }

    public DeviceModel withSensors(List<SensorModel> newSensors) {
        return new DeviceModel(name, deviceType, interval, newSensors, reportedProperties, commands, rebootSilence);
    }

    public DeviceModel withInterval(Duration newInterval) {
        return new DeviceModel(name, deviceType, newInterval, sensors, reportedProperties, commands, rebootSilence);
    }
}
