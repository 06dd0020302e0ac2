package org.connectedservice.engine.internal.eval;

import java.util.ArrayList;
import java.util.List;

/** The rules a profile applies to one measurement: plain thresholds in ladders, the rest one by one. */
final class MeasurementGroup {

    final int slot;
    private final ThresholdLadder[] ladders;
    private final CompiledRule[] others;

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
        this.others = rules.stream().filter(r -> !r.plain()).toArray(CompiledRule[]::new);
    }

    void onValue(DeviceSlot device, long time, double value, FaultCollector out) {
        int d = device.index;
        double previous = device.previous[slot];
        device.previous[slot] = value;
        for (ThresholdLadder ladder : ladders) {
            ladder.onValue(d, time, value, previous, out);
        }
        for (CompiledRule rule : others) {
            rule.onValue(d, time, value, out);
        }
    }
}
