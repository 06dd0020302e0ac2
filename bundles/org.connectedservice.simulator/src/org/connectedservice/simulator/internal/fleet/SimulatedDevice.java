package org.connectedservice.simulator.internal.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.simulation.DeviceState;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.core.simulation.InjectionKind;
import org.connectedservice.simulator.internal.model.DeviceModel;
import org.connectedservice.simulator.internal.model.SensorModel;

/**
 * One simulated device: sends at its interval, in simulated time, what its model and its injected faults say.
 * Values are drawn even while nothing is sent, so a fault changes what is sent but never the rest of the run.
 * Not thread-safe: its fleet serialises access.
 */
public final class SimulatedDevice {

    private final String id;
    private final String name;
    private final String asset;
    private final DeviceModel model;
    private final ValueGenerator generator;
    private final RandomGenerator random;
    private final long origin;
    private final double[] deviation;
    private final double[] values;
    private final double[] lastValues;
    private final List<ActiveInjection> injections = new ArrayList<>(0);
    private final DeviceTransmitter transmitter = new DeviceTransmitter();
    final Map<String, String> reported;

    long nextDue;
    long intervalMillis;
    long rebootEnds = -1;
    String displayMessage = "";
    private long sequence;
    private boolean hasSent;

    SimulatedDevice(String id, String name, String asset, DeviceModel model, ValueGenerator generator,
            RandomGenerator random, long now) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.asset = Objects.requireNonNull(asset, "asset");
        this.model = model;
        this.generator = generator;
        this.random = random;
        this.origin = now;
        this.nextDue = now;
        this.intervalMillis = model.interval().toMillis();
        this.deviation = new double[generator.size()];
        this.values = new double[generator.size()];
        this.lastValues = new double[generator.size()];
        this.reported = new LinkedHashMap<>(model.reportedProperties());
    }

    public String id() {
        return id;
    }

    public String deviceType() {
        return model.deviceType();
    }

    public DeviceModel model() {
        return model;
    }

    public List<SensorModel> sensors() {
        return model.sensors();
    }

    ValueGenerator generator() {
        return generator;
    }

    public Device asDevice() {
        return new Device(id, name, model.deviceType(), asset);
    }

    /** Sends everything due before until, ending faults at their exact end times on the way. */
    void emitDue(long until, Delivery out) {
        while (true) {
            long nextEnd = earliestEnd();
            long nextSend = rebootEnds >= 0 ? rebootEnds : nextDue;
            if (nextEnd <= nextSend && nextEnd < until) {
                expire(nextEnd, out);
            } else if (nextSend >= until) {
                return;
            } else if (rebootEnds >= 0) {
                rebootEnds = -1;
                transmitter.send(Payloads.message(id, model.deviceType(), ++sequence, nextSend,
                        Payloads.heartbeatBody("reboot")), isDisconnected(), out);
                nextDue = nextSend + intervalMillis;
            } else {
                nextDue = nextSend + intervalAt();
                emitAt(nextSend, out);
            }
        }
    }

    private long earliestEnd() {
        long end = Long.MAX_VALUE;
        for (ActiveInjection injection : injections) {
            end = Math.min(end, injection.end);
        }
        return end;
    }

    private long intervalAt() {
        for (ActiveInjection injection : injections) {
            if (injection.kind == InjectionKind.BURST) {
                return Math.max(1, Math.round(intervalMillis / injection.magnitude));
            }
        }
        return intervalMillis;
    }

    private boolean isDisconnected() {
        return DeviceTransmitter.isActive(injections, InjectionKind.DISCONNECT);
    }

    private void expire(long time, Delivery out) {
        List<ActiveInjection> ended = injections.stream().filter(i -> i.end <= time).toList();
        injections.removeAll(ended);
        boolean disconnected = isDisconnected();
        if (ended.stream().anyMatch(i -> i.kind == InjectionKind.OUT_OF_ORDER)) {
            transmitter.releaseHeldBack(disconnected, out);
        }
        if (!disconnected) {
            transmitter.reconnected(out);
        }
    }

    private void emitAt(long t, Delivery out) {
        generator.generate(t, origin, random, deviation, values);
        boolean dropped = false;
        ActiveInjection stuck = null;
        for (ActiveInjection injection : injections) {
            values[injection.sensor] += injection.offsetAt(t);
            dropped |= injection.kind == InjectionKind.DROPOUT;
            if (injection.kind == InjectionKind.STUCK) {
                stuck = injection;
            }
        }
        if (stuck != null) {
            if (Double.isNaN(stuck.stuckValue)) {
                stuck.stuckValue = hasSent ? lastValues[stuck.sensor] : Payloads.round2(values[stuck.sensor]);
            }
            values[stuck.sensor] = stuck.stuckValue;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = Payloads.round2(values[i]);
        }
        System.arraycopy(values, 0, lastValues, 0, values.length);
        hasSent = true;
        sequence++;
        boolean asMessage = DeviceTransmitter.shapesMessages(injections);
        countDownSpikes(t);
        if (dropped) {
            return;
        }
        if (asMessage) {
            transmitter.shape(Payloads.message(id, model.deviceType(), sequence, t, Payloads.body(generator.names,
                    values)), t, injections, isDisconnected(), out);
        } else {
            transmitter.send(Payloads.reading(id, model.deviceType(), t, generator.names, values), isDisconnected(),
                    out);
        }
    }

    private void countDownSpikes(long t) {
        for (ActiveInjection injection : injections) {
            if (injection.isCounted() && --injection.messagesLeft == 0) {
                injection.end = t;
            }
        }
        injections.removeIf(i -> i.isCounted() && i.messagesLeft == 0);
    }

    void inject(Injection injection, long now) {
        injections.add(ActiveInjection.start(injection, this, now));
    }

    /** Ends every fault now; queued and held-back messages go out with the device's next step. */
    void clearFaults(long now) {
        for (ActiveInjection injection : injections) {
            injection.end = Math.min(injection.end, now);
            injection.messagesLeft = -1;
        }
    }

    /** Goes silent until now + silence; what it had not sent yet is lost, as a reboot loses RAM. */
    void reboot(long now, long silenceMillis) {
        rebootEnds = now + silenceMillis;
        transmitter.forgetUnsent();
    }

    void changeInterval(long now, long millis) {
        intervalMillis = millis;
        nextDue = Math.min(nextDue, now + millis);
    }

    void skipTo(long t) {
        nextDue = Math.max(nextDue, t);
        if (rebootEnds >= 0 && rebootEnds < t) {
            rebootEnds = t;
        }
    }

    /** True while a DISCONNECT injection holds the device off the network. */
    boolean disconnectedAt(long now) {
        return injections.stream().anyMatch(i -> i.kind == InjectionKind.DISCONNECT && i.end > now);
    }

    DeviceStatus status(long now) {
        List<InjectionKind> active = injections.stream().filter(i -> i.end > now).map(i -> i.kind).distinct().toList();
        DeviceState state = DeviceState.ONLINE;
        if (rebootEnds >= 0) {
            state = DeviceState.REBOOTING;
        } else if (active.contains(InjectionKind.DISCONNECT) || active.contains(InjectionKind.DROPOUT)) {
            state = DeviceState.SILENT;
        } else if (!active.isEmpty()) {
            state = DeviceState.FAULTY;
        }
        return new DeviceStatus(id, model.name(), model.deviceType(), state, active, Duration.ofMillis(intervalMillis),
                displayMessage, reported, transmitter.sent());
    }
}
