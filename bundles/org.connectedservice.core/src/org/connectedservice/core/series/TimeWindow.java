package org.connectedservice.core.series;

import java.time.Instant;

/** A half-open time range [from, to) in epoch milliseconds, as a chart's x axis shows it. */
public record TimeWindow(long from, long to) {

    public TimeWindow {
        if (to <= from) {
            throw new IllegalArgumentException("a time window must end after it starts, got "
                    + Instant.ofEpochMilli(from) + " .. " + Instant.ofEpochMilli(to));
        }
    }

    public static TimeWindow of(Instant from, Instant to) {
        return new TimeWindow(from.toEpochMilli(), to.toEpochMilli());
    }

    public long span() {
        return to - from;
    }

    public boolean contains(long time) {
        return time >= from && time < to;
    }

    /**
     * The width of one pixel column in milliseconds, so that a trace reduced to this grid holds at most two points per
     * pixel; columns are aligned to the epoch, so a sliding live window keeps the same column boundaries.
     */
    public long columnMillis(int pixels) {
        return Math.max(1, (span() + Math.max(1, pixels) - 1) / Math.max(1, pixels));
    }

    public Instant start() {
        return Instant.ofEpochMilli(from);
    }

    public Instant end() {
        return Instant.ofEpochMilli(to);
    }
}
