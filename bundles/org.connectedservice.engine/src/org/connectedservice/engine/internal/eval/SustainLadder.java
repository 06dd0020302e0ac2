package org.connectedservice.engine.internal.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Single-threshold rules of one kind with sustain, suppression or hysteresis on one stream of points (readings, or
 * one aggregate's windows), sorted by threshold. Unlike a {@link ThresholdLadder} their state does not follow the
 * value alone, but a rule that neither holds an open run or episode for the device nor flips its condition ignores
 * the point. So a point visits the rules whose threshold lies between the device's previous value and this one, plus
 * those the device has pending (one bit per device and rule), instead of every rule.
 */
final class SustainLadder {

    private final int kind;
    private final double[] thresholds;
    private final CompiledRule[] rules;
    private final int words;
    private long[] pending = {};

    SustainLadder(int kind, List<CompiledRule> members) {
        this.kind = kind;
        this.rules = members.stream().sorted(Comparator.comparingDouble(r -> r.verdict.threshold))
                .toArray(CompiledRule[]::new);
        this.thresholds = Arrays.stream(rules).mapToDouble(r -> r.verdict.threshold).toArray();
        this.words = (rules.length + 63) >>> 6;
    }

    /** A point [start, end] of the device; previous is its last point's value, NaN when the rules have seen none. */
    void onPoint(int device, long start, long end, double value, double previous, FaultCollector out) {
        int base = device * words;
        if (base + words > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(base + words, pending.length * 2));
        }
        int from;
        int to;
        if (Double.isNaN(previous)) {
            from = 0;
            to = rules.length;
        } else if (value == previous) {
            from = 0;
            to = 0;
        } else {
            double low = Math.min(previous, value);
            double high = Math.max(previous, value);
            boolean lowerBound = kind == Verdict.GT || kind == Verdict.LE;
            from = ThresholdLadder.search(thresholds, low, lowerBound);
            to = ThresholdLadder.search(thresholds, high, lowerBound);
        }
        for (int i = from; i < to; i++) {
            visit(i, base, device, start, end, value, out);
        }
        for (int w = 0; w < words; w++) {
            long bits = pending[base + w] & ~span(w, from, to);
            while (bits != 0) {
                int bit = Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                visit((w << 6) + bit, base, device, start, end, value, out);
            }
        }
    }

    private void visit(int i, int base, int device, long start, long end, double value, FaultCollector out) {
        CompiledRule rule = rules[i];
        rule.point(device, start, end, value, out);
        int w = base + (i >>> 6);
        if (rule.pending(device)) {
            pending[w] |= 1L << i;
        } else {
            pending[w] &= ~(1L << i);
        }
    }

    /** The bits of word w for the rule indexes in [from, to). */
    private static long span(int w, int from, int to) {
        int lo = Math.max(from - (w << 6), 0);
        int hi = Math.min(to - (w << 6), 64);
        if (lo >= hi) {
            return 0;
        }
        long upTo = hi == 64 ? -1L : (1L << hi) - 1;
        return upTo & (-1L << lo);
    }
}
