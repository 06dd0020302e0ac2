package org.connectedservice.engine.internal.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ConditionKind;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.ThresholdRule;

/**
 * One rule with its state for every device. The state of a device × rule is a block of longs (doubles stored as
 * their bits) in one array per rule, at the device's dense index times the block size: a few longs instead of an
 * object, and one cache line to touch per reading. Readings become points as they are (instant rules), as the windows
 * a shared {@link PaneAggregate} closes, or in a {@link ReadingRule} of their own, which may ask for extra longs in
 * the block; {@link #point} applies the condition, sustain, suppression, hysteresis and edge triggering.
 * <p>
 * A point covers [start, end]: a reading has start = end, a window its own bounds. A run of breaking points starts at
 * the first one's start; the rule raises once end - run start reaches the sustain time (so a window counts towards
 * it), unless the previous raise on that device was less than the suppression time ago, in which case it raises at
 * the first breaking point after that. The fault's window start is the run start: where the evidence begins.
 */
abstract class CompiledRule {

    static final long NONE = Long.MIN_VALUE;
    private static final int EPISODE = 0;
    private static final int LAST_VALUE = 1;

    final ThresholdRule rule;
    final Verdict verdict;
    final DeviceTable devices;
    final FaultText text;
    final long sustainMs;
    final long suppressionMs;
    final int stride;
    /** Where the subclass's longs begin in a block. */
    final int extra;
    private final boolean rate;
    private final int runAt;
    private final int lastRaiseAt;
    private final int prevTimeAt;
    private final double shownThreshold;
    private final long[] blank;

    int capacity;
    long[] state = {};

    CompiledRule(ThresholdRule rule, DeviceTable devices, double shownThreshold, long[] extraBlank) {
        this.rule = rule;
        this.devices = devices;
        this.verdict = new Verdict(rule.condition(), rule.clearThreshold());
        this.sustainMs = millis(rule.sustain(), "sustain");
        this.suppressionMs = millis(rule.suppression(), "suppression");
        this.rate = verdict.kind == Verdict.RATE;
        this.shownThreshold = shownThreshold;
        this.text = new FaultText(rule, shownThreshold);
        int next = LAST_VALUE + 1;
        runAt = sustainMs > 0 || suppressionMs > 0 ? next++ : -1;
        lastRaiseAt = suppressionMs > 0 ? next++ : -1;
        prevTimeAt = rate ? next : -1;
        next += rate ? 2 : 0;
        extra = next;
        stride = next + extraBlank.length;
        blank = new long[stride];
        Arrays.fill(blank, 0, extra, NONE);
        System.arraycopy(extraBlank, 0, blank, extra, extraBlank.length);
    }

    static CompiledRule compile(ThresholdRule rule, DeviceTable devices) {
        if (rule.id() == null || rule.id().isBlank()) {
            throw new IllegalArgumentException("a rule has no id: give every rule an id");
        }
        try {
            if (rule.measurement() == null || rule.measurement().isBlank()) {
                throw new IllegalArgumentException("it names no measurement");
            }
            if (rule.scope() == null || rule.condition() == null) {
                throw new IllegalArgumentException("it needs a scope and a condition");
            }
            Aggregation aggregation = rule.aggregation();
            if (rule.condition().kind() == ConditionKind.NO_DATA) {
                return new NoDataRule(rule, devices);
            }
            if (aggregation.isInstant()) {
                return new InstantRule(rule, devices);
            }
            if (aggregation.window() == Aggregation.Window.SLIDING) {
                return new SlidingWindowRule(rule, devices);
            }
            return new PaneWindowRule(rule, devices);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule '" + rule.id() + "' cannot be used: " + e.getMessage(), e);
        }
    }

    static long millis(Duration duration, String what) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the " + what + " time must not be negative, got " + duration);
        }
        return duration.toMillis();
    }

    /** Event time has reached now everywhere: settle what time alone decides (closed windows, silence). */
    void advance(long now, FaultCollector out) {
    }

    boolean timed() {
        return false;
    }

    /** Whether the current value alone decides the state, so a threshold ladder may skip it while nothing flips. */
    boolean plain() {
        return false;
    }

    /** Whether the rule breaks on one side of one threshold, so a ladder may skip it while nothing flips or pends. */
    boolean laddered() {
        return false;
    }

    /** The start of the device's block, after making room for it. */
    final int block(int device) {
        if (device >= capacity) {
            grow(Math.max(device + 1, Math.max(devices.capacity(), capacity + (capacity >> 1))));
        }
        return device * stride;
    }

    void grow(int size) {
        if ((long) size * stride > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("rule '" + rule.id() + "' cannot keep state for " + size
                    + " devices: its window is sliced too finely");
        }
        long[] grown = Arrays.copyOf(state, size * stride);
        for (int d = capacity; d < size; d++) {
            System.arraycopy(blank, 0, grown, d * stride, stride);
        }
        state = grown;
        capacity = size;
    }

    final void point(int d, long start, long end, double value, FaultCollector out) {
        int b = block(d);
        long[] s = state;
        double v = value;
        if (rate) {
            long before = s[b + prevTimeAt];
            if (before != NONE && end <= before) {
                return;
            }
            double previous = Double.longBitsToDouble(s[b + prevTimeAt + 1]);
            s[b + prevTimeAt] = end;
            s[b + prevTimeAt + 1] = Double.doubleToRawLongBits(value);
            if (before == NONE) {
                return;
            }
            v = (value - previous) * 60_000.0 / (end - before);
        }
        long open = s[b + EPISODE];
        if (verdict.broken(v)) {
            if (open != NONE) {
                s[b + LAST_VALUE] = Double.doubleToRawLongBits(v);
                return;
            }
            long since = start;
            if (runAt >= 0) {
                long run = s[b + runAt];
                if (run == NONE) {
                    s[b + runAt] = start;
                } else {
                    since = run;
                }
                if (end - since < sustainMs) {
                    return;
                }
                if (lastRaiseAt >= 0) {
                    long last = s[b + lastRaiseAt];
                    if (last != NONE && end - last < suppressionMs) {
                        return;
                    }
                }
                s[b + runAt] = NONE;
            }
            raise(d, since, end, v, text.raised(v, devices.at(d).type), out);
        } else {
            if (runAt >= 0) {
                s[b + runAt] = NONE;
            }
            if (open != NONE) {
                if (verdict.clears(v)) {
                    clear(d, end, v, text.cleared(v), out);
                } else {
                    s[b + LAST_VALUE] = Double.doubleToRawLongBits(v);
                }
            }
        }
    }

    final void raise(int d, long windowStart, long time, double value, String description, FaultCollector out) {
        int b = block(d);
        state[b + EPISODE] = windowStart;
        state[b + LAST_VALUE] = Double.doubleToRawLongBits(value);
        if (lastRaiseAt >= 0) {
            state[b + lastRaiseAt] = time;
        }
        out.add(fault(FaultKind.RAISED, d, windowStart, time, value, description));
    }

    final void clear(int d, long time, double value, String description, FaultCollector out) {
        int b = block(d);
        long open = state[b + EPISODE];
        state[b + EPISODE] = NONE;
        out.add(fault(FaultKind.CLEARED, d, open, time, value, description));
    }

    final boolean isOpen(int d) {
        return d < capacity && state[d * stride + EPISODE] != NONE;
    }

    /** Whether the device has an open episode or a run of breaking points that has not raised yet. */
    final boolean pending(int d) {
        if (d >= capacity) {
            return false;
        }
        int b = d * stride;
        return state[b + EPISODE] != NONE || runAt >= 0 && state[b + runAt] != NONE;
    }

    /** The time of the device's last raise, or NONE; only kept for rules with a suppression time. */
    final long lastRaise(int d) {
        return lastRaiseAt < 0 ? NONE : state[d * stride + lastRaiseAt];
    }

    /** Ends every open episode because the rule was changed or removed. */
    final void retire(long time, FaultCollector out) {
        for (int d = 0; d < capacity; d++) {
            long open = state[d * stride + EPISODE];
            if (open != NONE) {
                double value = Double.longBitsToDouble(state[d * stride + LAST_VALUE]);
                clear(d, Math.max(time, open), value, text.retired(), out);
            }
        }
    }

    long stateBytes() {
        return 8L * state.length;
    }

    private Fault fault(FaultKind kind, int d, long windowStart, long time, double value, String description) {
        DeviceSlot device = devices.at(d);
        Instant start = Instant.ofEpochMilli(windowStart);
        return new Fault(Fault.tokenFor(device.id, rule.id(), rule.version(), start), kind, device.id, device.type,
                rule.id(), rule.version(), rule.name(), rule.measurement(), value, shownThreshold, rule.severity(),
                rule.alertType(), Instant.ofEpochMilli(time), description, start);
    }
}
