package org.connectedservice.engine.internal.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules judged on the same stream of points of one device: a measurement's readings, or the windows one
 * {@link PaneAggregate} closes. Plain thresholds sit in ladders, single-threshold rules with sustain, suppression
 * or hysteresis in sustain ladders, the rest are visited one by one. The device's previous point, which the
 * ladders need, is kept at slot in the device's previous values.
 */
final class PointRules {

    final int slot;
    private final ThresholdLadder[] ladders;
    private final SustainLadder[] sustainLadders;
    private final CompiledRule[] others;

    PointRules(int slot, List<? extends CompiledRule> rules) {
        this.slot = slot;
        List<ThresholdLadder> ladderList = new ArrayList<>();
        List<SustainLadder> sustainList = new ArrayList<>();
        for (int kind = Verdict.GT; kind <= Verdict.LE; kind++) {
            int k = kind;
            List<CompiledRule> plain = rules.stream().filter(r -> r.plain() && r.verdict.kind == k)
                    .map(CompiledRule.class::cast).toList();
            if (!plain.isEmpty()) {
                ladderList.add(new ThresholdLadder(kind, plain));
            }
            List<CompiledRule> sustained = rules.stream().filter(r -> sustained(r) && r.verdict.kind == k)
                    .map(CompiledRule.class::cast).toList();
            if (!sustained.isEmpty()) {
                sustainList.add(new SustainLadder(kind, sustained));
            }
        }
        this.ladders = ladderList.toArray(ThresholdLadder[]::new);
        this.sustainLadders = sustainList.toArray(SustainLadder[]::new);
        this.others = rules.stream().filter(r -> !r.plain() && !sustained(r)).toArray(CompiledRule[]::new);
    }

    private static boolean sustained(CompiledRule rule) {
        return rule.laddered() && !rule.plain();
    }

    boolean isEmpty() {
        return ladders.length == 0 && sustainLadders.length == 0 && others.length == 0;
    }

    /** Judges plain thresholds only; their faults come first, in threshold order. */
    void plainPoint(int d, long start, long end, double value, double previous, FaultCollector out) {
        for (ThresholdLadder ladder : ladders) {
            ladder.onPoint(d, start, end, value, previous, out);
        }
    }

    /** Judges the other rules; the caller puts their faults in rule order. */
    void otherPoint(int d, long start, long end, double value, double previous, FaultCollector out) {
        for (SustainLadder ladder : sustainLadders) {
            ladder.onPoint(d, start, end, value, previous, out);
        }
        for (CompiledRule rule : others) {
            rule.point(d, start, end, value, out);
        }
    }
}
