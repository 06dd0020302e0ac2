package org.connectedservice.core.series;

/**
 * Maps times and values to the pixels of a plot area (x grows with time, y grows downwards) and back, and turns a
 * reduced trace into the int[] a single polyline call draws.
 */
public record TraceProjection(TimeWindow window, double yMin, double yMax, int width, int height) {

    public TraceProjection {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a plot needs a positive size, got " + width + "x" + height);
        }
        if (!(yMax > yMin)) {
            throw new IllegalArgumentException("the value range must be increasing, got " + yMin + ".." + yMax);
        }
    }

    public int x(long time) {
        double x = (time - window.from()) * (double) width / window.span();
        return (int) Math.floor(Math.max(-width, Math.min(2.0 * width, x)));
    }

    public int y(double value) {
        double y = (height - 1) - (value - yMin) / (yMax - yMin) * (height - 1);
        return (int) Math.round(Math.max(-height, Math.min(2.0 * height, y)));
    }

    public long timeAt(int x) {
        return window.from() + Math.round(x * (double) window.span() / width);
    }

    public double valueAt(int y) {
        return yMin + ((height - 1) - y) * (yMax - yMin) / (height - 1);
    }

    /**
     * The trace as x,y pairs: one vertex per single reading, two per aggregated column (its extreme nearer the
     * previous vertex first, so the line does not zig-zag back across the column).
     */
    public int[] polyline(ColumnTrace trace) {
        long[] t = trace.times();
        double[] lo = trace.mins();
        double[] hi = trace.maxs();
        long[] c = trace.counts();
        int[] points = new int[trace.vertexCount() * 2];
        int k = 0;
        int previousY = Integer.MIN_VALUE;
        for (int i = 0; i < t.length; i++) {
            int x = x(t[i]);
            int yLow = y(lo[i]);
            if (c[i] == 1 || lo[i] == hi[i]) {
                points[k++] = x;
                points[k++] = yLow;
                previousY = yLow;
                continue;
            }
            int yHigh = y(hi[i]);
            boolean lowFirst = previousY == Integer.MIN_VALUE
                    || Math.abs(previousY - yLow) <= Math.abs(previousY - yHigh);
            points[k++] = x;
            points[k++] = lowFirst ? yLow : yHigh;
            points[k++] = x;
            points[k++] = lowFirst ? yHigh : yLow;
            previousY = lowFirst ? yHigh : yLow;
        }
        return points;
    }
}
