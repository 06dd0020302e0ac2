package org.connectedservice.engine.internal.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.connectedservice.core.model.Fault;

/**
 * The rules a profile applies to one measurement: instant rules judged on each reading, rules that take readings
 * themselves (sliding windows, no data), and window rules grouped by the shared aggregate they judge. Plain instant
 * thresholds come out first; every other fault of a reading comes out in the profile's rule order, as if every rule
 * had been visited in turn.
 */
final class MeasurementGroup {

    private final PointRules instant;
    private final ReadingRule[] readingRules;
    private final WindowGroup[] windows;
    private final Comparator<Fault> ruleOrder;

    /**
     * Takes the device's previous-value slots from firstSlot on ({@link #slots} of them); aggregates gives the shared
     * aggregate of a window.
     */
    MeasurementGroup(int firstSlot, List<CompiledRule> rules, Function<PaneAggregate.Key, PaneAggregate> aggregates) {
        Map<String, Integer> position = new HashMap<>();
        for (CompiledRule rule : rules) {
            position.put(rule.rule.id(), position.size());
        }
        this.ruleOrder = Comparator.comparingInt(f -> position.getOrDefault(f.ruleId(), -1));
        this.instant = new PointRules(firstSlot, rules.stream().filter(InstantRule.class::isInstance).toList());
        this.readingRules = rules.stream().filter(ReadingRule.class::isInstance).toArray(ReadingRule[]::new);
        Map<PaneAggregate.Key, List<PaneWindowRule>> byWindow = new LinkedHashMap<>();
        for (CompiledRule rule : rules) {
            if (rule instanceof PaneWindowRule window) {
                byWindow.computeIfAbsent(window.key, k -> new ArrayList<>()).add(window);
            }
        }
        List<WindowGroup> groups = new ArrayList<>();
        for (Map.Entry<PaneAggregate.Key, List<PaneWindowRule>> entry : byWindow.entrySet()) {
            groups.add(new WindowGroup(aggregates.apply(entry.getKey()), firstSlot + 1 + groups.size(),
                    entry.getValue(), ruleOrder));
        }
        this.windows = groups.toArray(WindowGroup[]::new);
    }

    /** How many of the device's previous-value slots the group uses. */
    int slots() {
        return 1 + windows.length;
    }

    WindowGroup[] windows() {
        return windows;
    }

    void onValue(DeviceSlot device, long time, double value, FaultCollector out) {
        int d = device.index;
        double previous = device.previous[instant.slot];
        device.previous[instant.slot] = value;
        instant.plainPoint(d, time, time, value, previous, out);
        int from = out.size();
        instant.otherPoint(d, time, time, value, previous, out);
        for (ReadingRule rule : readingRules) {
            rule.onValue(d, time, value, out);
        }
        for (WindowGroup window : windows) {
            window.onValue(device, time, value, out);
        }
        if (out.size() - from > 1) {
            out.sortFrom(from, ruleOrder);
        }
    }
}
