package org.connectedservice.core.simulation;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault to inject. measurement null means the device's primary (first) sensor; magnitude NaN and duration null
 * mean the kind's default (see {@link InjectionKind}).
 */
public record Injection(InjectionKind kind, String measurement, double magnitude, Duration duration) {

    public Injection {
        Objects.requireNonNull(kind, "kind");
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("an injection lasts a positive time, got " + duration);
        }
    }

    public static Injection of(InjectionKind kind) {
        return new Injection(kind, null, Double.NaN, null);
    }

    public Injection lasting(Duration newDuration) {
        return new Injection(kind, measurement, magnitude, newDuration);
    }

    public Injection withMagnitude(double newMagnitude) {
        return new Injection(kind, measurement, newMagnitude, duration);
    }

    public Injection on(String newMeasurement) {
        return new Injection(kind, newMeasurement, magnitude, duration);
    }

    public boolean hasMagnitude() {
        return !Double.isNaN(magnitude);
    }
}
