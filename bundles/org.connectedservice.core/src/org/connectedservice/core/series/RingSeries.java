package org.connectedservice.core.series;


/**
 * A fixed-capacity series of (time, value) in primitive arrays: the oldest point is overwritten when full, so a
 * live trace costs the same memory after a minute as after a week. Thread-safe: one writer, many readers.
 */
public final class RingSeries {

    private final long[] times;
    private final double[] values;
    private int start;
    private int size;

    public RingSeries(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        times = new long[capacity];
        values = new double[capacity];
    }

    public synchronized void add(long time, double value) {
        int end = (start + size) % times.length;
        times[end] = time;
        values[end] = value;
        if (size < times.length) {
            size++;
        } else {
            start = (start + 1) % times.length;
        }
    }

    public synchronized int size() {
        return size;
    }

    public synchronized SeriesSnapshot snapshot() {
        long[] t = new long[size];
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            int at = (start + i) % times.length;
            t[i] = times[at];
            v[i] = values[at];
        }
        return new SeriesSnapshot(t, v);
    }

    /** The series reduced to at most 2 x buckets points; see {@link MinMaxReducer}. */
    public SeriesSnapshot reduced(int buckets) {
        return MinMaxReducer.reduce(snapshot(), buckets);
    }
}
