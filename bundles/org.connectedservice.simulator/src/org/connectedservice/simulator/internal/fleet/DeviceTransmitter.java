package org.connectedservice.simulator.internal.fleet;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.core.simulation.SimulatedMessage;

/**
 * The sending side of one device: applies the message faults (clock skew, malformed payload, duplicates,
 * out-of-order) and keeps what cannot go out yet, because it is held back or the connection is down.
 */
final class DeviceTransmitter {

    // a device's memory is finite; after a long disconnect the oldest messages are gone, as on real hardware
    private static final int QUEUE_LIMIT = 10_000;

    private final ArrayDeque<Object> whileDisconnected = new ArrayDeque<>(0);
    private final ArrayDeque<SimulatedMessage> heldBack = new ArrayDeque<>(0);
    private long sent;

    long sent() {
        return sent;
    }

    void send(Object readingOrMessage, boolean disconnected, Delivery out) {
        sent++;
        if (disconnected) {
            if (whileDisconnected.size() == QUEUE_LIMIT) {
                whileDisconnected.poll();
            }
            whileDisconnected.add(readingOrMessage);
        } else {
            out.add(readingOrMessage);
        }
    }

    void shape(SimulatedMessage message, long t, List<ActiveInjection> injections, boolean disconnected,
            Delivery out) {
        SimulatedMessage shaped = message;
        int copies = 1;
        ActiveInjection outOfOrder = null;
        for (ActiveInjection injection : injections) {
            switch (injection.kind) {
                case CLOCK_SKEW -> shaped = shaped.withEnqueuedTime(
                        Instant.ofEpochMilli(t + Math.round(injection.magnitude * 1000)));
                case MALFORMED -> {
                    injection.malformedCredit += injection.magnitude;
                    if (injection.malformedCredit >= 1 - 1e-9) {
                        injection.malformedCredit -= 1;
                        shaped = shaped.withBrokenBody(Payloads.broken(shaped.body()));
                    }
                }
                case DUPLICATE -> copies = (int) Math.round(injection.magnitude);
                case OUT_OF_ORDER -> outOfOrder = injection;
                default -> {
                }
            }
        }
        for (int i = 0; i < copies; i++) {
            if (outOfOrder != null) {
                heldBack.add(shaped);
            } else {
                send(shaped, disconnected, out);
            }
        }
        if (outOfOrder != null && heldBack.size() >= outOfOrder.magnitude) {
            releaseHeldBack(disconnected, out);
        }
    }

    /** Held-back messages go out newest first: that is the disorder the fault is about. */
    void releaseHeldBack(boolean disconnected, Delivery out) {
        while (!heldBack.isEmpty()) {
            send(heldBack.pollLast(), disconnected, out);
        }
    }

    void reconnected(Delivery out) {
        while (!whileDisconnected.isEmpty()) {
            out.add(whileDisconnected.poll());
        }
    }

    void forgetUnsent() {
        whileDisconnected.clear();
        heldBack.clear();
    }

    static boolean shapesMessages(List<ActiveInjection> injections) {
        for (ActiveInjection injection : injections) {
            if (injection.kind.shapesMessages()) {
                return true;
            }
        }
        return false;
    }

    static boolean isActive(List<ActiveInjection> injections, InjectionKind kind) {
        for (ActiveInjection injection : injections) {
            if (injection.kind == kind) {
                return true;
            }
        }
        return false;
    }
}
