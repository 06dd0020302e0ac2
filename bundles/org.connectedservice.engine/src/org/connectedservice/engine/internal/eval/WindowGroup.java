package org.connectedservice.engine.internal.eval;

import java.util.Comparator;
import java.util.List;

import org.connectedservice.core.model.Fault;

/**
 * The rules of a profile that judge the windows of one shared {@link PaneAggregate}. A reading only updates the
 * aggregate; the rules run when a window closes, through ladders, so rules that share a window cost a binary search
 * per closed window instead of work per rule and reading.
 */
final class WindowGroup {

    final PaneAggregate aggregate;
    private final PointRules rules;
    private final Comparator<Fault> ruleOrder;

    WindowGroup(PaneAggregate aggregate, int slot, List<PaneWindowRule> rules, Comparator<Fault> ruleOrder) {
        this.aggregate = aggregate;
        this.rules = new PointRules(slot, rules);
        this.ruleOrder = ruleOrder;
    }

    void onValue(DeviceSlot device, long time, double value, FaultCollector out) {
        aggregate.add(device.index, time, value, this, out);
    }

    /** A window [start, end) of the device closed with this aggregate value; faults come out in rule order. */
    void onWindow(DeviceSlot device, long start, long end, double value, FaultCollector out) {
        double previous = device.previous[rules.slot];
        device.previous[rules.slot] = value;
        int from = out.size();
        rules.plainPoint(device.index, start, end, value, previous, out);
        rules.otherPoint(device.index, start, end, value, previous, out);
        if (out.size() - from > 1) {
            out.sortFrom(from, ruleOrder);
        }
    }
}
