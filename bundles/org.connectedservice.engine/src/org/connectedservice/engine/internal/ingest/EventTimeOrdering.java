package org.connectedservice.engine.internal.ingest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.connectedservice.core.model.Reading;

/**
 * Puts each device's readings in event-time order, as Stream Analytics does with its late arrival tolerance. The
 * watermark trails the newest event time seen (over all devices, since IoT Hub stamps enqueuedTime with one
 * clock) by the tolerance. A reading is released once the watermark passes it; one already behind the watermark
 * when it arrives is late, because readings after it may have been released. Releasing follows arrival order,
 * so an in-order stream costs O(1) per reading, and a device that falls silent still gets its last readings out.
 */
final class EventTimeOrdering {

    private record Arrival(DeviceQueue queue, long time) {
    }

    private final long toleranceNanos;
    private final Consumer<Reading> sink;
    private final Map<String, DeviceQueue> queues = new HashMap<>();
    private final ArrayDeque<Arrival> arrivals = new ArrayDeque<>();
    private long newest = Long.MIN_VALUE;
    private long buffered;

    EventTimeOrdering(Duration tolerance, Consumer<Reading> sink) {
        this.toleranceNanos = tolerance.toNanos();
        this.sink = sink;
    }

    /** @return how far beyond the tolerance a reading of this time would be, in nanoseconds; 0 when in time */
    long lateBy(long time) {
        if (newest == Long.MIN_VALUE) {
            return 0;
        }
        return Math.max(0, newest - toleranceNanos - time);
    }

    /** Buffers a reading that is not late, and releases whatever the watermark has now passed. */
    void add(Reading reading, long time) {
        DeviceQueue queue = queues.get(reading.deviceId());
        if (queue == null) {
            queue = new DeviceQueue();
            queues.put(reading.deviceId(), queue);
        }
        queue.insert(time, reading);
        arrivals.addLast(new Arrival(queue, time));
        buffered++;
        if (time > newest) {
            newest = time;
        }
        long watermark = newest - toleranceNanos;
        while (!arrivals.isEmpty() && arrivals.peekFirst().time() <= watermark) {
            buffered -= arrivals.pollFirst().queue().releaseUpTo(watermark, sink);
        }
    }

    void flush() {
        while (!arrivals.isEmpty()) {
            buffered -= arrivals.pollFirst().queue().releaseUpTo(Long.MAX_VALUE, sink);
        }
    }

    long buffered() {
        return buffered;
    }
}
