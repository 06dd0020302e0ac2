package org.connectedservice.engine.internal;

import java.util.Arrays;

/**
 * Events per second over the last few whole seconds plus the current one, in per-second buckets so the cost
 * does not grow with the rate.
 */
final class EventRate {

    private static final long SECOND = 1_000_000_000L;

    private final long startNanos;
    private final long[] bucketSecond;
    private final long[] bucketCount;

    EventRate(int windowSeconds, long startNanos) {
        if (windowSeconds < 2) {
            throw new IllegalArgumentException("the window must span at least 2 seconds");
        }
        this.startNanos = startNanos;
        bucketSecond = new long[windowSeconds];
        bucketCount = new long[windowSeconds];
        Arrays.fill(bucketSecond, Long.MIN_VALUE);
    }

    synchronized void record(long nowNanos) {
        long second = Math.floorDiv(nowNanos - startNanos, SECOND);
        int bucket = Math.floorMod(second, bucketSecond.length);
        if (bucketSecond[bucket] != second) {
            bucketSecond[bucket] = second;
            bucketCount[bucket] = 0;
        }
        bucketCount[bucket]++;
    }

    synchronized double perSecond(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - startNanos);
        long second = elapsed / SECOND;
        long events = 0;
        for (int i = 0; i < bucketSecond.length; i++) {
            if (bucketSecond[i] > second - bucketSecond.length && bucketSecond[i] <= second) {
                events += bucketCount[i];
            }
        }
        double window = bucketSecond.length - 1 + (double) (elapsed % SECOND) / SECOND;
        double span = Math.max(1.0, Math.min(window, (double) elapsed / SECOND));
        return events / span;
    }
}
