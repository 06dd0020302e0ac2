package org.connectedservice.simulator.internal;

import java.util.ArrayDeque;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.simulation.SimulatedMessage;
import org.connectedservice.simulator.internal.fleet.TelemetrySink;

/**
 * Counts what reaches the receiver for the status line: delivered messages, their recent rate, and errors, which
 * are messages the receiver threw on plus malformed payloads sent on purpose. A throwing receiver costs only the
 * message it threw on.
 */
final class DeliveryCounter implements TelemetrySink {

    private static final int RATE_SAMPLES = 10;

    private record Sample(long wallMillis, long delivered) {
    }

    private final TelemetrySink receiver;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private long delivered;
    private long errors;
    private RuntimeException lastFailure;

    DeliveryCounter(TelemetrySink receiver) {
        this.receiver = receiver;
    }

    @Override
    public void reading(Reading reading) {
        try {
            receiver.reading(reading);
            count(false);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    @Override
    public void message(SimulatedMessage message) {
        try {
            receiver.message(message);
            count(!message.wellFormed());
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private synchronized void count(boolean malformed) {
        delivered++;
        if (malformed) {
            errors++;
        }
    }

    private synchronized void failed(RuntimeException e) {
        errors++;
        lastFailure = e;
    }

    synchronized RuntimeException takeLastFailure() {
        RuntimeException failure = lastFailure;
        lastFailure = null;
        return failure;
    }

    synchronized void sample(long wallMillis) {
        samples.addLast(new Sample(wallMillis, delivered));
        while (samples.size() > RATE_SAMPLES) {
            samples.removeFirst();
        }
    }

    synchronized long delivered() {
        return delivered;
    }

    synchronized long errors() {
        return errors;
    }

    /** Messages per wall-clock second over the last few ticks. */
    synchronized double rate() {
        if (samples.size() < 2) {
            return 0;
        }
        Sample first = samples.getFirst();
        Sample last = samples.getLast();
        long millis = last.wallMillis() - first.wallMillis();
        return millis <= 0 ? 0 : (last.delivered() - first.delivered()) * 1000.0 / millis;
    }
}
