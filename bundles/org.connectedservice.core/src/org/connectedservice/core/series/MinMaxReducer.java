package org.connectedservice.core.series;

import java.util.Arrays;

/**
 * Reduces a trace for drawing: the time range is cut into equal buckets (one per pixel column) and each bucket
 * keeps its minimum and maximum in time order, so spikes survive reduction while the point count stays bounded.
 */
public final class MinMaxReducer {

    private MinMaxReducer() {
    }

    public static SeriesSnapshot reduce(SeriesSnapshot in, int buckets) {
        int n = in.size();
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be positive");
        }
        if (n <= 2 * buckets) {
            return in;
        }
        long[] t = in.times();
        double[] v = in.values();
        long from = t[0];
        double span = Math.max(1, t[n - 1] - from + 1);
        long[] outT = new long[2 * buckets];
        double[] outV = new double[2 * buckets];
        int out = 0;
        int i = 0;
        while (i < n) {
            int bucket = (int) Math.min(buckets - 1, (long) ((t[i] - from) / span * buckets));
            int minAt = i;
            int maxAt = i;
            int j = i + 1;
            while (j < n && (int) Math.min(buckets - 1, (long) ((t[j] - from) / span * buckets)) == bucket) {
                if (v[j] < v[minAt]) {
                    minAt = j;
                }
                if (v[j] > v[maxAt]) {
                    maxAt = j;
                }
                j++;
            }
            int first = Math.min(minAt, maxAt);
            int second = Math.max(minAt, maxAt);
            outT[out] = t[first];
            outV[out++] = v[first];
            if (second != first) {
                outT[out] = t[second];
                outV[out++] = v[second];
            }
            i = j;
        }
        return new SeriesSnapshot(Arrays.copyOf(outT, out), Arrays.copyOf(outV, out));
    }
}
