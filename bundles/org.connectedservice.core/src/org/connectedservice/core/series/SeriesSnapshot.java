package org.connectedservice.core.series;

/** Points of one trace, oldest first; times are epoch milliseconds. */
public record SeriesSnapshot(long[] times, double[] values) {

    public static final SeriesSnapshot EMPTY = new SeriesSnapshot(new long[0], new double[0]);

    public int size() {
        return times.length;
    }

    public double lastValue() {
        return values[values.length - 1];
    }
}
