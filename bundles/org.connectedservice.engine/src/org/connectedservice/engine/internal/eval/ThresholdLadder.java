package org.connectedservice.engine.internal.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Plain rules of one kind (>, >=, < or <=) on one stream of points (a measurement's readings, or the windows of one
 * shared aggregate), sorted by threshold. Their state follows the value alone, so when a device's value moves from p
 * to v only the rules whose threshold lies between p and v can change: a binary search finds them and the others
 * are not touched. A thousand thresholds on one measurement then cost two searches per point instead of a thousand
 * comparisons.
 */
final class ThresholdLadder {

    private final int kind;
    private final double[] thresholds;
    private final CompiledRule[] rules;

    ThresholdLadder(int kind, List<CompiledRule> members) {
        this.kind = kind;
        this.rules = members.stream().sorted(Comparator.comparingDouble(r -> r.verdict.threshold))
                .toArray(CompiledRule[]::new);
        this.thresholds = Arrays.stream(rules).mapToDouble(r -> r.verdict.threshold).toArray();
    }

    /** A point [start, end] of the device; previous is its last point's value, NaN when the rules have seen none. */
    void onPoint(int device, long start, long end, double value, double previous, FaultCollector out) {
        int from;
        int to;
        if (Double.isNaN(previous)) {
            from = 0;
            to = rules.length;
        } else if (value == previous) {
            return;
        } else {
            double low = Math.min(previous, value);
            double high = Math.max(previous, value);
            boolean lowerBound = kind == Verdict.GT || kind == Verdict.LE;
            from = search(thresholds, low, lowerBound);
            to = search(thresholds, high, lowerBound);
        }
        for (int i = from; i < to; i++) {
            rules[i].point(device, start, end, value, out);
        }
    }

    /** The first index whose threshold is at least x (atLeast) or above x; thresholds are sorted. */
    static int search(double[] thresholds, double x, boolean atLeast) {
        int lo = 0;
        int hi = thresholds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atLeast ? thresholds[mid] < x : thresholds[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
