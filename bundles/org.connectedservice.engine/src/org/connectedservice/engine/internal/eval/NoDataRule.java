package org.connectedservice.engine.internal.eval;

import org.connectedservice.core.model.ThresholdRule;

/**
 * Raised when a device that sent the measurement before stays silent longer than the rule's silence (plus its
 * sustain), cleared by its next value. Silence is decided by time: {@link #advance} raises it as event time passes,
 * and a value arriving after a long gap raises and clears it at once, so the faults do not depend on how often the
 * clock is advanced. The fault's time is the moment the silence became too long, its window start the last reading
 * before the silence, its value and threshold in seconds. Only devices seen at least once are watched.
 */
final class NoDataRule extends ReadingRule {

    private static final int LAST_SEEN = 0;

    private final long waitMs;
    private long dueAt = Long.MAX_VALUE;

    NoDataRule(ThresholdRule rule, DeviceTable devices) {
        super(rule, devices, rule.condition().silence().toMillis() / 1000.0, new long[] { NONE });
        this.waitMs = millis(rule.condition().silence(), "silence") + sustainMs;
    }

    @Override
    boolean timed() {
        return true;
    }

    @Override
    void onValue(int d, long time, double value, FaultCollector out) {
        int b = block(d);
        long seen = state[b + extra + LAST_SEEN];
        if (seen != NONE) {
            if (time < seen) {
                return;
            }
            if (!isOpen(d)) {
                long at = raiseTime(d, seen);
                if (time > at) {
                    raise(d, seen, at, (at - seen) / 1000.0, text.silent((at - seen) / 1000.0), out);
                }
            }
            if (isOpen(d)) {
                clear(d, time, (time - seen) / 1000.0, text.resumed((time - seen) / 1000.0), out);
            }
        }
        state[b + extra + LAST_SEEN] = time;
        dueAt = Math.min(dueAt, time + waitMs);
    }

    @Override
    void advance(long now, FaultCollector out) {
        if (now <= dueAt) {
            return;
        }
        long next = Long.MAX_VALUE;
        for (int d = 0; d < capacity; d++) {
            long seen = state[d * stride + extra + LAST_SEEN];
            if (seen == NONE || isOpen(d)) {
                continue;
            }
            long at = raiseTime(d, seen);
            if (now > at) {
                raise(d, seen, at, (at - seen) / 1000.0, text.silent((at - seen) / 1000.0), out);
            } else {
                next = Math.min(next, at);
            }
        }
        dueAt = next;
    }

    /** When silence since seen becomes a fault: after the wait, and not within the suppression of the last raise. */
    private long raiseTime(int d, long seen) {
        long at = seen + waitMs;
        long last = lastRaise(d);
        if (last != NONE) {
            at = Math.max(at, last + suppressionMs);
        }
        return at;
    }
}
