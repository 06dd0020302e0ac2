package org.connectedservice.engine.internal.eval;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ThresholdEvaluator;

/**
 * The threshold rules store's semantics on a stream of readings: scope, condition, aggregation windows, sustain,
 * hysteresis and suppression, edge-triggered per device and rule (see {@link CompiledRule}). Readings must be in
 * event-time order per device. Time-only effects (no data, windows closing for devices that went quiet) need
 * {@link #advanceTo}, which the engine calls on a timer and the backtest as its readings' time moves on.
 * <p>
 * Rules whose content is unchanged keep their state (open alerts, windows, sustain runs) across setRules; the open
 * alerts of rules that were removed or changed are cleared, with the next evaluate or advanceTo call. Tumbling and
 * hopping windows belong to a {@link PaneAggregate} shared by every rule on the same measurement, function, size and
 * hop: a rule that comes while a window is open judges that window with all its readings, and an aggregate that no
 * rule needs any more is dropped, so a rule that comes back later starts from fresh windows.
 * <p>
 * Not thread-safe: calls must not overlap (the engine serialises them); {@link #rules()} may be read anywhere.
 */
public final class RuleEvaluator implements ThresholdEvaluator {

    private static final Logger LOG = System.getLogger(RuleEvaluator.class.getName());

    private final Function<String, String> assetOf;
    private final DeviceTable devices = new DeviceTable();
    private final FaultCollector collector = new FaultCollector();
    private final FaultCollector retiredClears = new FaultCollector();
    private volatile List<ThresholdRule> rules = List.of();
    private Map<String, CompiledRule> byId = Map.of();
    private RuleIndex index = new RuleIndex(0, List.of(), key -> null);
    private CompiledRule[] timed = {};
    private Map<PaneAggregate.Key, PaneAggregate> aggregates = Map.of();
    private long latestTime = Long.MIN_VALUE;

    public RuleEvaluator() {
        this(deviceId -> null);
    }

    /** assetOf names the customer asset a device belongs to (null when none); asked once per device and rule set. */
    public RuleEvaluator(Function<String, String> assetOf) {
        this.assetOf = assetOf;
    }

    /** @throws IllegalArgumentException naming the rule when two share an id or one cannot be used; nothing changes */
    @Override
    public void setRules(List<ThresholdRule> newRules) {
        Map<String, CompiledRule> next = new LinkedHashMap<>();
        for (ThresholdRule rule : newRules) {
            if (next.containsKey(rule.id())) {
                throw new IllegalArgumentException("two rules share the id '" + rule.id()
                        + "': give each rule its own id");
            }
            CompiledRule old = byId.get(rule.id());
            next.put(rule.id(), old != null && old.rule.equals(rule) ? old : CompiledRule.compile(rule, devices));
        }
        for (CompiledRule old : byId.values()) {
            if (next.get(old.rule.id()) != old) {
                old.retire(latestTime, retiredClears);
            }
        }
        Map<PaneAggregate.Key, PaneAggregate> nextAggregates = new LinkedHashMap<>();
        for (CompiledRule rule : next.values()) {
            if (rule instanceof PaneWindowRule window && !nextAggregates.containsKey(window.key)) {
                PaneAggregate kept = aggregates.get(window.key);
                nextAggregates.put(window.key, kept != null ? kept : new PaneAggregate(window.key, devices));
            }
        }
        List<CompiledRule> compiled = List.copyOf(next.values());
        byId = next;
        aggregates = nextAggregates;
        index = new RuleIndex(index.generation + 1, compiled, nextAggregates::get);
        timed = compiled.stream().filter(CompiledRule::timed).toArray(CompiledRule[]::new);
        rules = List.copyOf(newRules);
    }

    @Override
    public List<ThresholdRule> rules() {
        return rules;
    }

    @Override
    public List<Fault> evaluate(Reading reading) {
        long time = reading.time().toEpochMilli();
        if (time > latestTime) {
            latestTime = time;
        }
        if (retiredClears.holdsAny()) {
            collector.addAll(retiredClears.drain());
        }
        DeviceSlot device = devices.slot(reading.deviceId());
        Profile profile = profileOf(device, reading.deviceType());
        if (!profile.isEmpty()) {
            for (Map.Entry<String, Double> entry : reading.values().entrySet()) {
                MeasurementGroup group = profile.group(entry.getKey());
                if (group != null) {
                    double value = entry.getValue();
                    if (Double.isFinite(value)) {
                        group.onValue(device, time, value, collector);
                    }
                }
            }
        }
        return collector.drain();
    }

    /**
     * Event time has reached now for every device: raises no-data faults and closes windows of devices that went
     * quiet. now must not run ahead of readings still to come, or those readings miss their windows.
     */
    @Override
    public List<Fault> advanceTo(Instant now) {
        long time = now.toEpochMilli();
        if (time > latestTime) {
            latestTime = time;
        }
        if (retiredClears.holdsAny()) {
            collector.addAll(retiredClears.drain());
        }
        for (PaneAggregate aggregate : aggregates.values()) {
            aggregate.advance(time, d -> windowGroupOf(d, aggregate), collector);
        }
        for (CompiledRule rule : timed) {
            rule.advance(time, collector);
        }
        return collector.drain();
    }

    /** Memory held for device × rule state, for the benchmark's bytes-per-device-and-rule figure. */
    public long stateBytes() {
        long bytes = devices.stateBytes();
        for (CompiledRule rule : byId.values()) {
            bytes += rule.stateBytes();
        }
        for (PaneAggregate aggregate : aggregates.values()) {
            bytes += aggregate.stateBytes();
        }
        return bytes;
    }

    public int devicesSeen() {
        return devices.size();
    }

    /** Where time sends the device's closed windows of the aggregate: its current profile's rules on them. */
    private WindowGroup windowGroupOf(int d, PaneAggregate aggregate) {
        return profileOf(devices.at(d), null).windowGroup(aggregate);
    }

    private Profile profileOf(DeviceSlot device, String type) {
        if (type != null && type != device.type && !type.equals(device.type)) {
            device.type = type;
            device.generation = -1;
        }
        if (device.generation != index.generation) {
            if (index.usesAssets) {
                device.asset = assetOf(device.id);
            }
            device.profile = index.profileFor(device.id, device.type, device.asset);
            device.previous = device.profile.newPrevious();
            device.generation = index.generation;
        }
        return device.profile;
    }

    private String assetOf(String deviceId) {
        try {
            return assetOf.apply(deviceId);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "the asset of " + deviceId + " could not be looked up; asset rules skip it", e);
            return null;
        }
    }
}
