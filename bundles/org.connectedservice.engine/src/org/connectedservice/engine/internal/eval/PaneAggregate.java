package org.connectedservice.engine.internal.eval;

import java.util.Arrays;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ThresholdRule;

/**
 * avg/min/max/count of one measurement over tumbling or hopping windows in event time, aligned to the epoch as in
 * Stream Analytics, for every device; shared by all rules that ask for the same measurement, function, size and
 * hop, so a reading updates one aggregate however many rules watch it. Each device keeps a ring of panes (slices as
 * long as the greatest common divisor of window size and hop) in one long array: a reading updates one pane, and a
 * window is combined from size/pane panes when it closes. A window closes when the device's first reading past its
 * end arrives, or when {@link #advance} passes its end; windows without readings produce nothing. Readings older
 * than the device's newest pane are late and left out.
 */
final class PaneAggregate {

    static final int MAX_PANES = 1024;
    private static final long NONE = Long.MIN_VALUE;
    private static final int HEAD = 0;
    private static final int NEXT_END = 1;
    private static final int PANES = 2;

    /** What makes two rules' windows the same; the measurement in lower case, as rules match it. */
    record Key(String measurement, Aggregation.Function function, long sizeMs, long hopMs) {

        /** @throws IllegalArgumentException saying what to change when the engine cannot keep such windows */
        static Key of(ThresholdRule rule) {
            Aggregation aggregation = rule.aggregation();
            long size = aggregation.size().toMillis();
            long hop = aggregation.hop().toMillis();
            if (size < 1 || hop < 1) {
                throw new IllegalArgumentException("window size and hop must be at least a millisecond");
            }
            long panes = size / gcd(size, hop);
            if (panes > MAX_PANES) {
                throw new IllegalArgumentException("a " + size + " ms window hopping by " + hop + " ms needs "
                        + panes + " slices per device; choose a hop that divides the size more evenly");
            }
            return new Key(Profile.lower(rule.measurement()), aggregation.function(), size, hop);
        }
    }

    /** Where a device's closed windows go when time closes them: the window group of its profile, or null. */
    interface Targets {
        WindowGroup of(int device);
    }

    final Key key;
    private final DeviceTable devices;
    private final Aggregation.Function function;
    private final long paneMs;
    private final long sizeMs;
    private final long hopMs;
    private final int panes;
    /** Longs per pane: the reading count, and (except for count) the sum, min or max. */
    private final int paneLongs;
    private final int stride;
    private long[] state = {};
    private int capacity;
    private long dueAt = Long.MAX_VALUE;

    PaneAggregate(Key key, DeviceTable devices) {
        this.key = key;
        this.devices = devices;
        this.function = key.function();
        this.sizeMs = key.sizeMs();
        this.hopMs = key.hopMs();
        this.paneMs = gcd(sizeMs, hopMs);
        this.panes = (int) (sizeMs / paneMs);
        this.paneLongs = function == Aggregation.Function.COUNT ? 1 : 2;
        this.stride = PANES + panes * paneLongs;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** A reading of the device; windows it closes go to target. */
    void add(int d, long time, double value, WindowGroup target, FaultCollector out) {
        int b = block(d);
        long[] s = state;
        long pane = Math.floorDiv(time, paneMs);
        long h = s[b + HEAD];
        if (h == NONE) {
            s[b + HEAD] = pane;
            s[b + NEXT_END] = firstEndAfter(pane * paneMs);
            dueAt = Math.min(dueAt, s[b + NEXT_END]);
        } else if (pane > h) {
            flush(d, b, pane * paneMs, target, out);
            for (long p = h + 1, last = Math.min(pane, h + panes); p <= last; p++) {
                s[paneAt(b, p)] = 0;
            }
            s[b + HEAD] = pane;
            dueAt = Math.min(dueAt, s[b + NEXT_END]);
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

    /** Event time has reached now everywhere: closes the windows that ended, for devices that went quiet. */
    void advance(long now, Targets targets, FaultCollector out) {
        if (now < dueAt) {
            return;
        }
        long next = Long.MAX_VALUE;
        long[] s = state;
        for (int d = 0; d < capacity; d++) {
            int b = d * stride;
            long h = s[b + HEAD];
            if (h == NONE) {
                continue;
            }
            if (s[b + NEXT_END] <= now) {
                flush(d, b, now, targets.of(d), out);
            }
            long end = s[b + NEXT_END];
            if (end <= h * paneMs + sizeMs) {
                next = Math.min(next, end);
            }
        }
        dueAt = next;
    }

    long stateBytes() {
        return 8L * state.length;
    }

    private int block(int device) {
        if (device >= capacity) {
            grow(Math.max(device + 1, Math.max(devices.capacity(), capacity + (capacity >> 1))));
        }
        return device * stride;
    }

    private void grow(int size) {
        long[] grown = Arrays.copyOf(state, size * stride);
        for (int d = capacity; d < size; d++) {
            grown[d * stride + HEAD] = NONE;
            grown[d * stride + NEXT_END] = NONE;
        }
        state = grown;
        capacity = size;
    }

    private int paneAt(int block, long pane) {
        return block + PANES + (int) Math.floorMod(pane, (long) panes) * paneLongs;
    }

    /** Emits the device's windows that end at or before upTo and hold readings. */
    private void flush(int d, int b, long upTo, WindowGroup target, FaultCollector out) {
        long end = state[b + NEXT_END];
        long lastWithData = state[b + HEAD] * paneMs + sizeMs;
        while (end <= upTo && end <= lastWithData) {
            emit(d, b, end, target, out);
            end += hopMs;
        }
        state[b + NEXT_END] = end <= upTo ? firstEndAfter(upTo) : end;
    }

    private void emit(int d, int b, long end, WindowGroup target, FaultCollector out) {
        long h = state[b + HEAD];
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
        if (count == 0 || target == null) {
            return;
        }
        double value = switch (function) {
            case AVG -> acc / count;
            case COUNT -> count;
            default -> acc;
        };
        target.onWindow(devices.at(d), end - sizeMs, end, value, out);
    }

    /** The end of the first window (windows start at multiples of the hop) that ends after t. */
    private long firstEndAfter(long t) {
        return (Math.floorDiv(t - sizeMs, hopMs) + 1) * hopMs + sizeMs;
    }
}
