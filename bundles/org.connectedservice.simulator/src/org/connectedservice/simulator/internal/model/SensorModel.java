package org.connectedservice.simulator.internal.model;

import java.util.Objects;

/**
 * How one measurement of a simulated device behaves: a baseline with gaussian noise and a drift per hour, kept
 * within a physical range, optionally riding a cycle counted from the device's start and a daily cycle with its
 * peak at an hour of the day (UTC), and following another measurement of the same device. spikeOffset is how far
 * a spike or step lifts it when the injection names no magnitude.
 */
public record SensorModel(String name, String unit, double baseline, double sigma, double min, double max,
        Cycle cycle, DailyCycle dailyCycle, double driftPerHour, Coupling coupling, double spikeOffset) {

    /** A sine wave counted from the device's first message; amplitude 0 means none. */
    public record Cycle(double amplitude, double periodSeconds) {

        public static final Cycle NONE = new Cycle(0, 1);

        public Cycle {
            if (!(periodSeconds > 0)) {
                throw new IllegalArgumentException("cycle period must be positive seconds, got " + periodSeconds);
            }
        }
    }

    /** A 24-hour wave highest at peakHour (UTC, 0 to 24); amplitude 0 means none. */
    public record DailyCycle(double amplitude, double peakHour) {

        public static final DailyCycle NONE = new DailyCycle(0, 0);

        public DailyCycle {
            if (!(peakHour >= 0 && peakHour < 24)) {
                throw new IllegalArgumentException("peak hour must lie in 0 to 24, got " + peakHour);
            }
        }
    }

    /** Adds factor x (that sensor's deviation from its baseline); an empty sensor name means none. */
    public record Coupling(String sensor, double factor) {

        public static final Coupling NONE = new Coupling("", 0);

        public Coupling {
            Objects.requireNonNull(sensor, "sensor");
        }

        public boolean isPresent() {
            return !sensor.isEmpty();
        }
    }

    public SensorModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(dailyCycle, "dailyCycle");
        Objects.requireNonNull(coupling, "coupling");
        if (!(sigma >= 0)) {
            throw new IllegalArgumentException(name + ": noise sigma must not be negative, got " + sigma);
        }
        if (!(min <= baseline && baseline <= max)) {
            throw new IllegalArgumentException(
                    name + ": baseline " + baseline + " must lie within the clamp range [" + min + ", " + max + "]");
        }
        if (coupling.sensor().equals(name)) {
            throw new IllegalArgumentException(name + ": a sensor cannot follow itself");
        }
        if (Double.isNaN(spikeOffset)) {
            spikeOffset = defaultSpikeOffset(baseline, sigma, min, max);
        }
    }

    // a quarter of the physical range clears any sensible threshold without leaving the range's scale
    private static double defaultSpikeOffset(double baseline, double sigma, double min, double max) {
        if (Double.isFinite(max - min)) {
            return (max - min) / 4;
        }
        return Math.max(Math.max(10 * sigma, Math.abs(baseline) / 4), 1);
    }

    public static SensorModel steady(String name, String unit, double baseline, double sigma, double min, double max) {
        return new SensorModel(name, unit, baseline, sigma, min, max, Cycle.NONE, DailyCycle.NONE, 0, Coupling.NONE,
                Double.NaN);
    }

    public SensorModel withCycle(double amplitude, double periodSeconds) {
        return new SensorModel(name, unit, baseline, sigma, min, max, new Cycle(amplitude, periodSeconds), dailyCycle,
                driftPerHour, coupling, spikeOffset);
    }

    public SensorModel withDailyCycle(double amplitude, double peakHour) {
        return new SensorModel(name, unit, baseline, sigma, min, max, cycle, new DailyCycle(amplitude, peakHour),
                driftPerHour, coupling, spikeOffset);
    }

    public SensorModel withDrift(double perHour) {
        return new SensorModel(name, unit, baseline, sigma, min, max, cycle, dailyCycle, perHour, coupling,
                spikeOffset);
    }

    public SensorModel following(String sensor, double factor) {
        return new SensorModel(name, unit, baseline, sigma, min, max, cycle, dailyCycle, driftPerHour,
                new Coupling(sensor, factor), spikeOffset);
    }

    public SensorModel withBaseline(double newBaseline) {
        return new SensorModel(name, unit, newBaseline, sigma, min, max, cycle, dailyCycle, driftPerHour, coupling,
                spikeOffset);
    }

    public SensorModel withSpikeOffset(double offset) {
        return new SensorModel(name, unit, baseline, sigma, min, max, cycle, dailyCycle, driftPerHour, coupling,
                offset);
    }
}
