package org.connectedservice.simulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.Reading;

/**
 * One simulated device. The first sensor is its primary measurement, the one an injected spike lifts. Methods are
 * synchronized because the ticker thread reads while the UI thread injects spikes.
 */
public final class SimulatedDevice {

    private final String id;
    private final String name;
    private final String deviceType;
    private final String asset;
    private final List<SensorModel> sensors;
    private final RandomGenerator random;

    private Instant cycleOrigin;
    private int spikeReadingsLeft;
    private double spikeOffset;

    public SimulatedDevice(String id, String name, String deviceType, String asset, List<SensorModel> sensors,
            RandomGenerator random) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.deviceType = Objects.requireNonNull(deviceType, "deviceType");
        this.asset = Objects.requireNonNull(asset, "asset");
        this.sensors = List.copyOf(sensors);
        this.random = Objects.requireNonNull(random, "random");
        if (this.sensors.isEmpty()) {
            throw new IllegalArgumentException(id + ": a simulated device needs at least one sensor");
        }
        checkCouplings();
    }

    private void checkCouplings() {
        for (int i = 0; i < sensors.size(); i++) {
            SensorModel sensor = sensors.get(i);
            String source = sensor.coupling().sensor();
            if (sensor.coupling().isPresent()
                    && sensors.subList(0, i).stream().noneMatch(s -> s.name().equals(source))) {
                throw new IllegalArgumentException(id + ": sensor " + sensor.name() + " follows '" + source
                        + "', which must be listed before it");
            }
        }
    }

    public String id() {
        return id;
    }

    public String deviceType() {
        return deviceType;
    }

    public List<SensorModel> sensors() {
        return sensors;
    }

    public SensorModel primary() {
        return sensors.get(0);
    }

    public Device asDevice() {
        return new Device(id, name, deviceType, asset);
    }

    /** Restarts the spike if one is already running, so a second click keeps the alarm going. */
    public synchronized void startSpike(int readings, double offset) {
        if (readings < 1) {
            throw new IllegalArgumentException("a spike lasts at least one reading, got " + readings);
        }
        spikeReadingsLeft = readings;
        spikeOffset = offset;
    }

    public synchronized boolean isSpiking() {
        return spikeReadingsLeft > 0;
    }

    public synchronized Reading next(Instant t) {
        if (cycleOrigin == null) {
            cycleOrigin = t;
        }
        double secondsSinceStart = Duration.between(cycleOrigin, t).toMillis() / 1000.0;
        Map<String, Double> deviations = new HashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (SensorModel sensor : sensors) {
            double deviation = sensor.cycle().at(secondsSinceStart) + sensor.sigma() * random.nextGaussian();
            if (sensor.coupling().isPresent()) {
                deviation += sensor.coupling().factor() * deviations.get(sensor.coupling().sensor());
            }
            deviations.put(sensor.name(), deviation);
            values.put(sensor.name(), round2(sensor.clamp(sensor.baseline() + deviation)));
        }
        if (spikeReadingsLeft > 0) {
            spikeReadingsLeft--;
            values.computeIfPresent(primary().name(), (k, v) -> round2(v + spikeOffset));
        }
        return new Reading(id, deviceType, t, values);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
