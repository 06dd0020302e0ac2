package org.connectedservice.core.series;

import java.util.Arrays;
import java.util.List;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.SeriesKey;

/**
 * Cuts readings into pixel columns of a time window in one pass over primitive arrays: a column with one reading
 * keeps it as it is, a column with more keeps their minimum and maximum, so spikes survive and a trace never holds
 * more than two vertices per column, whether the window spans five minutes or a week.
 */
public final class ColumnReducer {

    private ColumnReducer() {
    }

    /**
     * The points of raw (oldest first) that lie in the window, reduced to columns of columnMillis; an aggregated
     * column sits at its start, or at the window's start for a column the window cuts.
     */
    public static ColumnTrace reduce(SeriesKey key, SeriesSnapshot raw, TimeWindow window, long columnMillis) {
        if (columnMillis < 1) {
            throw new IllegalArgumentException("columnMillis must be positive, got " + columnMillis);
        }
        long[] t = raw.times();
        double[] v = raw.values();
        int n = t.length;
        int i = firstAtOrAfter(t, window.from());
        long columns = Math.floorDiv(window.to() - 1, columnMillis) - Math.floorDiv(window.from(), columnMillis) + 1;
        // readings out of time order start a new column, so the arrays grow in that rare case
        int capacity = (int) Math.min(n - i, columns);
        long[] outT = new long[capacity];
        double[] outMin = new double[capacity];
        double[] outMax = new double[capacity];
        long[] outCount = new long[capacity];
        int out = 0;
        long to = window.to();
        while (i < n && t[i] < to) {
            long columnStart = Math.floorDiv(t[i], columnMillis) * columnMillis;
            long columnEnd = Math.min(to, columnStart + columnMillis);
            int first = i;
            double lo = v[i];
            double hi = lo;
            i++;
            while (i < n && t[i] < columnEnd && t[i] >= columnStart) {
                double x = v[i];
                if (x < lo) {
                    lo = x;
                } else if (x > hi) {
                    hi = x;
                }
                i++;
            }
            int count = i - first;
            if (out == outT.length) {
                int grown = Math.max(16, out * 2);
                outT = Arrays.copyOf(outT, grown);
                outMin = Arrays.copyOf(outMin, grown);
                outMax = Arrays.copyOf(outMax, grown);
                outCount = Arrays.copyOf(outCount, grown);
            }
            outT[out] = count == 1 ? t[first] : Math.max(columnStart, window.from());
            outMin[out] = lo;
            outMax[out] = hi;
            outCount[out] = count;
            out++;
        }
        if (out == outT.length) {
            return new ColumnTrace(key, outT, outMin, outMax, outCount);
        }
        return new ColumnTrace(key, Arrays.copyOf(outT, out), Arrays.copyOf(outMin, out), Arrays.copyOf(outMax, out),
                Arrays.copyOf(outCount, out));
    }

    /**
     * History buckets (one per column, empty ones left out) as a trace; a bucket that starts before the window is
     * placed at the window's start, so every point lies inside it.
     */
    public static ColumnTrace fromBuckets(SeriesKey key, List<HistoryBucket> buckets, TimeWindow window) {
        int n = buckets.size();
        long[] t = new long[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        long[] c = new long[n];
        for (int i = 0; i < n; i++) {
            HistoryBucket b = buckets.get(i);
            t[i] = Math.max(window.from(), b.start().toEpochMilli());
            lo[i] = b.min();
            hi[i] = b.max();
            c[i] = Math.max(1, b.count());
        }
        return new ColumnTrace(key, t, lo, hi, c);
    }

    private static int firstAtOrAfter(long[] t, long time) {
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
