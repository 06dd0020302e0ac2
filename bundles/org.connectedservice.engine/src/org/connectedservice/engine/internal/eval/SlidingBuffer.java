package org.connectedservice.engine.internal.eval;

/**
 * The readings of one device inside a sliding window, in a ring that grows as needed. For min and max it is a
 * monotonic queue (a reading that can never be the extreme again is dropped), so each reading is added and removed
 * once and the answer is always at the front; for avg and count it keeps every reading and a running sum.
 */
final class SlidingBuffer {

    static final int ALL = 0;
    static final int MIN = 1;
    static final int MAX = 2;

    private final int mode;
    private long[] times = new long[4];
    private double[] values = new double[4];
    private int first;
    private int size;
    private double sum;
    private long newest = Long.MIN_VALUE;

    SlidingBuffer(int mode) {
        this.mode = mode;
    }

    /** Adds a reading and drops those at or before time - size; false (and nothing changes) for a late reading. */
    boolean add(long time, double value, long sizeMs) {
        if (time < newest) {
            return false;
        }
        newest = time;
        int mask = times.length - 1;
        long limit = time - sizeMs;
        while (size > 0 && times[first] <= limit) {
            if (mode == ALL) {
                sum -= values[first];
            }
            first = (first + 1) & mask;
            size--;
        }
        if (mode != ALL) {
            while (size > 0) {
                double back = values[(first + size - 1) & mask];
                if (mode == MIN ? back < value : back > value) {
                    break;
                }
                size--;
            }
        }
        if (size == times.length) {
            grow();
            mask = times.length - 1;
        }
        int at = (first + size) & mask;
        times[at] = time;
        values[at] = value;
        size++;
        sum = size == 1 ? value : sum + value;
        return true;
    }

    double front() {
        return values[first];
    }

    double average() {
        return sum / size;
    }

    int size() {
        return size;
    }

    long bytes() {
        return 48L + 16L * times.length;
    }

    private void grow() {
        long[] t = new long[times.length * 2];
        double[] v = new double[times.length * 2];
        for (int i = 0; i < size; i++) {
            t[i] = times[(first + i) & (times.length - 1)];
            v[i] = values[(first + i) & (times.length - 1)];
        }
        times = t;
        values = v;
        first = 0;
    }
}
