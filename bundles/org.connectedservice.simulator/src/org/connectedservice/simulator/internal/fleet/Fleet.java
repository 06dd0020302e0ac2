package org.connectedservice.simulator.internal.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.simulation.CommandResult;
import org.connectedservice.core.simulation.DeviceStatus;
import org.connectedservice.core.simulation.FleetEntry;
import org.connectedservice.core.simulation.Injection;
import org.connectedservice.simulator.internal.model.DeviceModel;

/**
 * A set of simulated devices on one simulated clock. The clock only moves when advanceTo is called, so a scenario
 * runs as fast as the machine allows and a live run moves it with the wall clock. Thread-safe.
 */
public final class Fleet {

    public static final String ALL = "*";

    // split() hands each device its own stream, in creation order, so the same seed gives the same run
    private final SplittableRandom seeds;
    private final List<SimulatedDevice> devices = new ArrayList<>();
    private final Map<String, SimulatedDevice> byId = new HashMap<>();
    private final Map<DeviceModel, ValueGenerator> generators = new IdentityHashMap<>();
    private final Map<String, Integer> lastNumberByPrefix = new HashMap<>();
    private final List<ScheduledInjection> scheduled = new ArrayList<>();
    private long now;

    private record ScheduledInjection(long at, List<String> ids, Injection injection) {
    }

    public Fleet(long seed, Instant start) {
        this.seeds = new SplittableRandom(seed);
        this.now = start.toEpochMilli();
    }

    public synchronized Instant now() {
        return Instant.ofEpochMilli(now);
    }

    /** @throws IllegalArgumentException when the id is taken */
    public synchronized SimulatedDevice add(String id, String name, String asset, DeviceModel model) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("the fleet already has a device '" + id + "'");
        }
        ValueGenerator generator = generators.computeIfAbsent(model, ValueGenerator::new);
        SimulatedDevice device = new SimulatedDevice(id, name, asset, model, generator, seeds.split(), now);
        devices.add(device);
        byId.put(id, device);
        return device;
    }

    /**
     * Adds count devices named after the model (pump-01, pump-02, ...), numbering on from earlier ones and past
     * ids already taken.
     */
    public synchronized List<String> addModel(DeviceModel model, int count, String asset) {
        String prefix = model.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        int n = lastNumberByPrefix.getOrDefault(prefix, 0);
        int width = Math.max(2, String.valueOf(n + count).length());
        List<String> ids = new ArrayList<>();
        while (ids.size() < count) {
            String number = String.format("%0" + width + "d", ++n);
            String id = prefix + "-" + number;
            if (!byId.containsKey(id)) {
                add(id, model.name() + " " + number, asset, model);
                ids.add(id);
            }
        }
        lastNumberByPrefix.put(prefix, n);
        return ids;
    }

    public synchronized boolean remove(String id) {
        SimulatedDevice device = byId.remove(id);
        return device != null && devices.remove(device);
    }

    /**
     * Moves the clock to until, collecting everything sent before it; faults injected now apply from here, and
     * faults scheduled on the way apply from their time on.
     */
    public synchronized Delivery advanceTo(Instant until) {
        long to = until.toEpochMilli();
        Delivery delivery = new Delivery();
        while (!scheduled.isEmpty() && scheduled.get(0).at() < to) {
            ScheduledInjection next = scheduled.remove(0);
            emitUntil(next.at(), delivery);
            next.ids().stream().map(byId::get).filter(Objects::nonNull)
                    .forEach(d -> d.inject(next.injection(), now));
        }
        emitUntil(to, delivery);
        return delivery;
    }

    private void emitUntil(long to, Delivery delivery) {
        for (SimulatedDevice device : devices) {
            device.emitDue(to, delivery);
        }
        now = Math.max(now, to);
    }

    /** Moves the clock without sending what fell due in between, as after a stop. */
    public synchronized void skipTo(Instant time) {
        long to = time.toEpochMilli();
        if (to > now) {
            devices.forEach(d -> d.skipTo(to));
            now = to;
        }
    }

    public synchronized List<String> select(String deviceOrGroup) {
        if (byId.containsKey(deviceOrGroup)) {
            return List.of(deviceOrGroup);
        }
        return devices.stream()
                .filter(d -> deviceOrGroup.equals(ALL) || d.deviceType().equalsIgnoreCase(deviceOrGroup)
                        || d.model().name().equalsIgnoreCase(deviceOrGroup))
                .map(SimulatedDevice::id)
                .toList();
    }

    /** @throws IllegalArgumentException naming the problem; then no device got the fault */
    public synchronized void inject(Collection<String> ids, Injection injection) {
        inject(ids, injection, Duration.ZERO);
    }

    /**
     * Injects after delay of simulated time; devices removed by then are skipped.
     *
     * @throws IllegalArgumentException naming the problem; then no device got the fault
     */
    public synchronized void inject(Collection<String> ids, Injection injection, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("an injection cannot start in the past, got a delay of " + delay);
        }
        List<SimulatedDevice> targets = resolve(ids);
        // a dry start on every target first, so a measurement one device lacks leaves all of them untouched
        for (SimulatedDevice device : targets) {
            ActiveInjection.start(injection, device, now);
        }
        if (delay.isZero()) {
            targets.forEach(d -> d.inject(injection, now));
            return;
        }
        ScheduledInjection later = new ScheduledInjection(now + delay.toMillis(),
                targets.stream().map(SimulatedDevice::id).toList(), injection);
        int at = 0;
        while (at < scheduled.size() && scheduled.get(at).at() <= later.at()) {
            at++;
        }
        scheduled.add(at, later);
    }

    public synchronized void clearFaults(Collection<String> ids) {
        resolve(ids).forEach(d -> d.clearFaults(now));
    }

    public synchronized CommandResult command(String id, String command, String payload) {
        SimulatedDevice device = byId.get(id);
        return device == null ? unknown(id) : DeviceCommands.run(device, command, payload, now);
    }

    public synchronized CommandResult setDesired(String id, String name, String value) {
        SimulatedDevice device = byId.get(id);
        return device == null ? unknown(id) : DeviceCommands.desired(device, name, value);
    }

    /** The device's reported properties as it last reported them, or an empty map for an unknown device. */
    public synchronized Map<String, String> reported(String id) {
        SimulatedDevice device = byId.get(id);
        return device == null ? Map.of() : Map.copyOf(device.reported);
    }

    public synchronized List<String> ids() {
        return devices.stream().map(SimulatedDevice::id).toList();
    }

    /** The devices an injected DISCONNECT currently holds off the network. */
    public synchronized Set<String> disconnectedIds() {
        Set<String> ids = new HashSet<>();
        devices.stream().filter(d -> d.disconnectedAt(now)).forEach(d -> ids.add(d.id()));
        return ids;
    }

    public synchronized List<DeviceStatus> statuses() {
        return devices.stream().map(d -> d.status(now)).toList();
    }

    public synchronized List<Device> registry() {
        return devices.stream().map(SimulatedDevice::asDevice).toList();
    }

    public synchronized List<FleetEntry> entries() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        devices.forEach(d -> counts.merge(d.model().name(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new FleetEntry(e.getKey(), e.getValue())).toList();
    }

    public synchronized int size() {
        return devices.size();
    }

    public synchronized SimulatedDevice device(String id) {
        SimulatedDevice device = byId.get(id);
        if (device == null) {
            throw new IllegalArgumentException(unknown(id).message());
        }
        return device;
    }

    private List<SimulatedDevice> resolve(Collection<String> ids) {
        List<SimulatedDevice> found = new ArrayList<>();
        for (String id : ids) {
            found.add(device(id));
        }
        return found;
    }

    private static CommandResult unknown(String id) {
        return CommandResult.notFound("no simulated device '" + id + "'; pick one from the device list");
    }
}
