package org.connectedservice.simulator.internal;

import java.util.Objects;

/**
 * How one measurement of a simulated device behaves: a baseline with gaussian noise, kept within a physical range,
 * optionally riding a slow cycle and following another measurement of the same device.
 */
public record SensorModel(String name, String unit, double baseline, double sigma, double min, double max,
        Cycle cycle, Coupling coupling) {

    /** A slow sine wave added to the baseline; amplitude 0 means none. */
    public record Cycle(double amplitude, double periodSeconds) {

        public static final Cycle NONE = new Cycle(0, 1);

        public Cycle {
            if (!(periodSeconds > 0)) {
                throw new IllegalArgumentException("cycle period must be positive seconds, got " + periodSeconds);
            }
        }

        double at(double secondsSinceStart) {
            return amplitude * Math.sin(2 * Math.PI * secondsSinceStart / periodSeconds);
        }
    }

    /** Adds factor x (that sensor's deviation from its baseline); an empty sensor name means none. */
    public record Coupling(String sensor, double factor) {

        public static final Coupling NONE = new Coupling("", 0);

        public Coupling {
            Objects.requireNonNull(sensor, "sensor");
        }

        boolean isPresent() {
            return !sensor.isEmpty();
        }
    }

    public SensorModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(coupling, "coupling");
        if (sigma < 0) {
            throw new IllegalArgumentException(name + ": noise sigma must not be negative, got " + sigma);
        }
        if (!(min <= baseline && baseline <= max)) {
            throw new IllegalArgumentException(
                    name + ": baseline " + baseline + " must lie within the clamp range [" + min + ", " + max + "]");
        }
        if (coupling.sensor().equals(name)) {
            throw new IllegalArgumentException(name + ": a sensor cannot follow itself");
        }
    }

    public static SensorModel steady(String name, String unit, double baseline, double sigma, double min, double max) {
        return new SensorModel(name, unit, baseline, sigma, min, max, Cycle.NONE, Coupling.NONE);
    }

    public SensorModel withCycle(double amplitude, double periodSeconds) {
        return new SensorModel(name, unit, baseline, sigma, min, max, new Cycle(amplitude, periodSeconds), coupling);
    }

    public SensorModel following(String sensor, double factor) {
        return new SensorModel(name, unit, baseline, sigma, min, max, cycle, new Coupling(sensor, factor));
    }

    double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }
}
