package org.connectedservice.engine.internal.eval;

import java.util.Arrays;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ThresholdRule;

/**
 * avg/min/max/count over tumbling or hopping windows in event time, aligned to the epoch as in Stream Analytics.
 * Each device keeps a ring of panes (slices as long as the greatest common divisor of window size and hop), so a
 * reading updates one pane and a window is combined from size/pane panes when it closes. A window closes when the
 * device's first reading past its end arrives, or when {@link #advance} passes its end; windows without readings
 * produce nothing. Readings older than the device's newest pane are late and left out.
 */
final class PaneWindowRule extends CompiledRule {

    static final int MAX_PANES = 1024;
    private static final int HEAD = 0;
    private static final int NEXT_END = 1;
    private static final int PANES = 2;

    private final Aggregation.Function function;
    private final long paneMs;
    private final long sizeMs;
    private final long hopMs;
    private final int panes;
    /** Longs per pane: the reading count, and (except for count) the sum, min or max. */
    private final int paneLongs;
    private long dueAt = Long.MAX_VALUE;

    PaneWindowRule(ThresholdRule rule, DeviceTable devices) {
        super(rule, devices, rule.threshold(), blank(rule.aggregation()));
        Aggregation aggregation = rule.aggregation();
        this.function = aggregation.function();
        this.sizeMs = aggregation.size().toMillis();
        this.hopMs = aggregation.hop().toMillis();
        this.paneMs = gcd(sizeMs, hopMs);
        this.panes = (int) (sizeMs / paneMs);
        this.paneLongs = function == Aggregation.Function.COUNT ? 1 : 2;
    }

    private static long[] blank(Aggregation aggregation) {
        long size = aggregation.size().toMillis();
        long hop = aggregation.hop().toMillis();
        if (size < 1 || hop < 1) {
            throw new IllegalArgumentException("window size and hop must be at least a millisecond");
        }
        long panes = size / gcd(size, hop);
        if (panes > MAX_PANES) {
            throw new IllegalArgumentException("a " + size + " ms window hopping by " + hop + " ms needs " + panes
                    + " slices per device; choose a hop that divides the size more evenly");
        }
        long[] blank = new long[PANES + (int) panes * (aggregation.function() == Aggregation.Function.COUNT ? 1 : 2)];
        Arrays.fill(blank, 0, PANES, NONE);
        return blank;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    boolean timed() {
        return true;
    }

    @Override
    void onValue(int d, long time, double value, FaultCollector out) {
        int b = block(d);
        long[] s = state;
        long pane = Math.floorDiv(time, paneMs);
        long h = s[b + extra + HEAD];
        if (h == NONE) {
            s[b + extra + HEAD] = pane;
            s[b + extra + NEXT_END] = firstEndAfter(pane * paneMs);
            dueAt = Math.min(dueAt, s[b + extra + NEXT_END]);
        } else if (pane > h) {
            flush(d, b, pane * paneMs, out);
            for (long p = h + 1, last = Math.min(pane, h + panes); p <= last; p++) {
                s[paneAt(b, p)] = 0;
            }
            s[b + extra + HEAD] = pane;
            dueAt = Math.min(dueAt, s[b + extra + NEXT_END]);
        } else if (pane < h) {
            return;
        }
        int i = paneAt(b, pane);
        long c = s[i];
        s[i] = c + 1;
        if (paneLongs == 2) {
            double acc = Double.longBitsToDouble(s[i + 1]);
            acc = switch (function) {
                case MIN -> c == 0 ? value : Math.min(acc, value);
                case MAX -> c == 0 ? value : Math.max(acc, value);
                default -> c == 0 ? value : acc + value;
            };
            s[i + 1] = Double.doubleToRawLongBits(acc);
        }
    }

    @Override
    void advance(long now, FaultCollector out) {
        if (now < dueAt) {
            return;
        }
        long next = Long.MAX_VALUE;
        for (int d = 0; d < capacity; d++) {
            int b = d * stride;
            long h = state[b + extra + HEAD];
            if (h == NONE) {
                continue;
            }
            if (state[b + extra + NEXT_END] <= now) {
                flush(d, b, now, out);
            }
            long end = state[b + extra + NEXT_END];
            if (end <= h * paneMs + sizeMs) {
                next = Math.min(next, end);
            }
        }
        dueAt = next;
    }

    private int paneAt(int block, long pane) {
        return block + extra + PANES + (int) Math.floorMod(pane, (long) panes) * paneLongs;
    }

    /** Emits the device's windows that end at or before upTo and hold readings. */
    private void flush(int d, int b, long upTo, FaultCollector out) {
        long end = state[b + extra + NEXT_END];
        long lastWithData = state[b + extra + HEAD] * paneMs + sizeMs;
        while (end <= upTo && end <= lastWithData) {
            emit(d, b, end, out);
            end += hopMs;
        }
        state[b + extra + NEXT_END] = end <= upTo ? firstEndAfter(upTo) : end;
    }

    private void emit(int d, int b, long end, FaultCollector out) {
        long h = state[b + extra + HEAD];
        long first = Math.max(Math.floorDiv(end - sizeMs, paneMs), h - panes + 1);
        long last = Math.min(Math.floorDiv(end, paneMs) - 1, h);
        long count = 0;
        double acc = 0;
        for (long p = first; p <= last; p++) {
            int i = paneAt(b, p);
            long c = state[i];
            if (c == 0) {
                continue;
            }
            if (paneLongs == 2) {
                double a = Double.longBitsToDouble(state[i + 1]);
                acc = switch (function) {
                    case MIN -> count == 0 ? a : Math.min(acc, a);
                    case MAX -> count == 0 ? a : Math.max(acc, a);
                    default -> acc + a;
                };
            }
            count += c;
        }
        if (count == 0) {
            return;
        }
        double value = switch (function) {
            case AVG -> acc / count;
            case COUNT -> count;
            default -> acc;
        };
        point(d, end - sizeMs, end, value, out);
    }

    /** The end of the first window (windows start at multiples of the hop) that ends after t. */
    private long firstEndAfter(long t) {
        return (Math.floorDiv(t - sizeMs, hopMs) + 1) * hopMs + sizeMs;
    }
}
