package org.connectedservice.simulator.internal.fleet;

import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.simulator.internal.model.SensorModel;

/**
 * An injection as it runs on one device: resolved sensor and magnitude, its time window [start, end), or a number
 * of messages when it was given no duration (a spike), and what it has to remember (a stuck value, held messages).
 */
final class ActiveInjection {

    static final int DEFAULT_SPIKE_MESSAGES = 5;
    static final long DEFAULT_DURATION_MILLIS = 60_000;
    static final long UNTIL_COUNTED = Long.MAX_VALUE;

    final InjectionKind kind;
    final int sensor;
    final double magnitude;
    final long start;
    long end;
    int messagesLeft;
    double stuckValue = Double.NaN;
    double malformedCredit;

    private ActiveInjection(InjectionKind kind, int sensor, double magnitude, long start, long end, int messagesLeft) {
        this.kind = kind;
        this.sensor = sensor;
        this.magnitude = magnitude;
        this.start = start;
        this.end = end;
        this.messagesLeft = messagesLeft;
    }

    /** @throws IllegalArgumentException when the device has no such measurement or the magnitude makes no sense */
    static ActiveInjection start(Injection injection, SimulatedDevice device, long now) {
        int sensor = 0;
        if (injection.measurement() != null) {
            sensor = device.model().sensorIndex(injection.measurement());
            if (sensor < 0) {
                throw new IllegalArgumentException(device.id() + " has no measurement '" + injection.measurement()
                        + "'; it measures " + String.join(", ", device.generator().names));
            }
        }
        SensorModel target = device.model().sensors().get(sensor);
        double magnitude = injection.hasMagnitude() ? injection.magnitude() : defaultMagnitude(injection.kind(), target);
        check(injection.kind(), magnitude);
        if (injection.duration() == null && injection.kind() == InjectionKind.SPIKE) {
            return new ActiveInjection(injection.kind(), sensor, magnitude, now, UNTIL_COUNTED, DEFAULT_SPIKE_MESSAGES);
        }
        long millis = injection.duration() == null ? DEFAULT_DURATION_MILLIS : injection.duration().toMillis();
        return new ActiveInjection(injection.kind(), sensor, magnitude, now, now + millis, -1);
    }

    static double defaultMagnitude(InjectionKind kind, SensorModel sensor) {
        return switch (kind) {
            case SPIKE, STEP -> sensor.spikeOffset();
            case DRIFT -> sensor.spikeOffset() / 5;
            case DUPLICATE, OUT_OF_ORDER -> 2;
            case CLOCK_SKEW -> 300;
            case MALFORMED -> 1;
            case BURST -> 10;
            case STUCK, DROPOUT, DISCONNECT -> 0;
        };
    }

    private static void check(InjectionKind kind, double magnitude) {
        String problem = switch (kind) {
            case DUPLICATE -> magnitude >= 2 && magnitude <= 100 ? null : "the number of copies must be 2 to 100";
            case OUT_OF_ORDER -> magnitude >= 2 && magnitude <= 1000 ? null : "the held-back window must be 2 to 1000";
            case MALFORMED -> magnitude > 0 && magnitude <= 1 ? null : "the malformed fraction must be above 0, up to 1";
            case BURST -> magnitude >= 1 && magnitude <= 1000 ? null : "the burst factor must be 1 to 1000";
            default -> Double.isFinite(magnitude) ? null : "the magnitude must be a finite number";
        };
        if (problem != null) {
            throw new IllegalArgumentException(kind.fileName() + ": " + problem + ", got " + magnitude);
        }
    }

    boolean isCounted() {
        return messagesLeft >= 0;
    }

    /** Offset this fault adds to its sensor at time t; 0 for kinds that do not move values. */
    double offsetAt(long t) {
        return switch (kind) {
            case SPIKE, STEP -> magnitude;
            case DRIFT -> magnitude * (t - start) / 60_000.0;
            default -> 0;
        };
    }
}
