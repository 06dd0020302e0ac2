package org.connectedservice.engine.internal.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.Fault;

/**
 * The rules a profile applies to one measurement: plain thresholds in ladders, single-threshold rules with sustain,
 * suppression or hysteresis in sustain ladders, the rest one by one. Faults of the latter two come out in the
 * profile's rule order, as if every rule had been visited in turn.
 */
final class MeasurementGroup {

    final int slot;
    private final ThresholdLadder[] ladders;
    private final SustainLadder[] sustainLadders;
    private final CompiledRule[] others;
    private final Comparator<Fault> ruleOrder;

    MeasurementGroup(int slot, List<CompiledRule> rules) {
        this.slot = slot;
        List<ThresholdLadder> ladderList = new ArrayList<>();
        for (int kind = Verdict.GT; kind <= Verdict.LE; kind++) {
            int k = kind;
            List<CompiledRule> members = rules.stream().filter(r -> r.plain() && r.verdict.kind == k).toList();
            if (!members.isEmpty()) {
                ladderList.add(new ThresholdLadder(kind, members));
            }
        }
        this.ladders = ladderList.toArray(ThresholdLadder[]::new);
        List<SustainLadder> sustainList = new ArrayList<>();
        for (int kind = Verdict.GT; kind <= Verdict.LE; kind++) {
            int k = kind;
            List<CompiledRule> members = rules.stream().filter(r -> sustained(r) && r.verdict.kind == k).toList();
            if (!members.isEmpty()) {
                sustainList.add(new SustainLadder(kind, members));
            }
        }
        this.sustainLadders = sustainList.toArray(SustainLadder[]::new);
        this.others = rules.stream().filter(r -> !r.plain() && !sustained(r)).toArray(CompiledRule[]::new);
        Map<String, Integer> position = new HashMap<>();
        for (CompiledRule rule : rules) {
            position.put(rule.rule.id(), position.size());
        }
        this.ruleOrder = Comparator.comparingInt(f -> position.getOrDefault(f.ruleId(), -1));
    }

    private static boolean sustained(CompiledRule rule) {
        return rule.laddered() && !rule.plain();
    }

    void onValue(DeviceSlot device, long time, double value, FaultCollector out) {
        int d = device.index;
        double previous = device.previous[slot];
        device.previous[slot] = value;
        for (ThresholdLadder ladder : ladders) {
            ladder.onValue(d, time, value, previous, out);
        }
        int from = out.size();
        for (SustainLadder ladder : sustainLadders) {
            ladder.onValue(d, time, value, previous, out);
        }
        for (CompiledRule rule : others) {
            rule.onValue(d, time, value, out);
        }
        if (out.size() - from > 1 && sustainLadders.length > 0) {
            out.sortFrom(from, ruleOrder);
        }
    }
}
