package org.connectedservice.core.series;

import java.util.Arrays;

import org.connectedservice.core.model.SeriesKey;

/**
 * One trace reduced for drawing, oldest first: each point is either a single reading (count 1, at its own time) or
 * the minimum and maximum of count readings in one pixel column (at the column's start). So a trace holds at most
 * two drawn vertices per pixel column however many readings lie behind it.
 */
public record ColumnTrace(SeriesKey key, long[] times, double[] mins, double[] maxs, long[] counts) {

    public ColumnTrace {
        int n = times.length;
        if (mins.length != n || maxs.length != n || counts.length != n) {
            throw new IllegalArgumentException("times, mins, maxs and counts must be equally long");
        }
    }

    public static ColumnTrace empty(SeriesKey key) {
        return new ColumnTrace(key, new long[0], new double[0], new double[0], new long[0]);
    }

    public int size() {
        return times.length;
    }

    /** How many vertices a polyline of this trace has: one per single reading, two per aggregated column. */
    public int vertexCount() {
        int v = 0;
        for (int i = 0; i < times.length; i++) {
            v += counts[i] == 1 || mins[i] == maxs[i] ? 1 : 2;
        }
        return v;
    }

    public long readings() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    /** The index of the point nearest to time, or -1 when the trace is empty. */
    public int nearestIndex(long time) {
        int n = times.length;
        if (n == 0) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(times[lo - 1] - time) <= Math.abs(times[lo] - time)) {
            return lo - 1;
        }
        return lo;
    }

    /** This trace with points before from moved to from (a column the window's start cuts). */
    public ColumnTrace startingAt(long from) {
        if (times.length == 0 || times[0] >= from) {
            return this;
        }
        long[] t = times.clone();
        for (int i = 0; i < t.length && t[i] < from; i++) {
            t[i] = from;
        }
        return new ColumnTrace(key, t, mins, maxs, counts);
    }

    /** The points of this trace followed by those of a later one (all of later's points come after this one's). */
    public ColumnTrace followedBy(ColumnTrace later) {
        if (later.size() == 0) {
            return this;
        }
        if (size() == 0) {
            return new ColumnTrace(key, later.times, later.mins, later.maxs, later.counts);
        }
        int a = size();
        int n = a + later.size();
        long[] t = Arrays.copyOf(times, n);
        double[] lo = Arrays.copyOf(mins, n);
        double[] hi = Arrays.copyOf(maxs, n);
        long[] c = Arrays.copyOf(counts, n);
        System.arraycopy(later.times, 0, t, a, later.size());
        System.arraycopy(later.mins, 0, lo, a, later.size());
        System.arraycopy(later.maxs, 0, hi, a, later.size());
        System.arraycopy(later.counts, 0, c, a, later.size());
        return new ColumnTrace(key, t, lo, hi, c);
    }
}
