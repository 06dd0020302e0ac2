package org.connectedservice.engine.internal.eval;

import java.util.Arrays;

import org.connectedservice.core.model.Aggregation;
import org.connectedservice.core.model.ThresholdRule;

/**
 * avg/min/max/count over a sliding window: every reading ends a window (time - size, time] and is judged on it.
 * The state grows with the readings a window holds, so it is kept per device only for devices the rule has seen.
 */
final class SlidingWindowRule extends ReadingRule {

    private final Aggregation.Function function;
    private final long sizeMs;
    private final int mode;
    private SlidingBuffer[] buffers = {};

    SlidingWindowRule(ThresholdRule rule, DeviceTable devices) {
        super(rule, devices, rule.threshold(), new long[0]);
        this.function = rule.aggregation().function();
        this.sizeMs = rule.aggregation().size().toMillis();
        if (sizeMs < 1) {
            throw new IllegalArgumentException("the window size must be at least a millisecond");
        }
        this.mode = switch (function) {
            case MIN -> SlidingBuffer.MIN;
            case MAX -> SlidingBuffer.MAX;
            default -> SlidingBuffer.ALL;
        };
    }

    @Override
    void grow(int size) {
        buffers = Arrays.copyOf(buffers, size);
        super.grow(size);
    }

    @Override
    void onValue(int d, long time, double value, FaultCollector out) {
        block(d);
        SlidingBuffer buffer = buffers[d];
        if (buffer == null) {
            buffer = new SlidingBuffer(mode);
            buffers[d] = buffer;
        }
        if (!buffer.add(time, value, sizeMs)) {
            return;
        }
        double aggregate = switch (function) {
            case AVG -> buffer.average();
            case COUNT -> buffer.size();
            default -> buffer.front();
        };
        point(d, time - sizeMs, time, aggregate, out);
    }

    @Override
    long stateBytes() {
        long bytes = super.stateBytes() + 8L * buffers.length;
        for (SlidingBuffer buffer : buffers) {
            bytes += buffer == null ? 0 : buffer.bytes();
        }
        return bytes;
    }
}
