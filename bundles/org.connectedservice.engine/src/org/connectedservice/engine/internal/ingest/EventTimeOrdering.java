package org.connectedservice.engine.internal.ingest;

import java.time.Duration;
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

    private final long toleranceNanos;
    private final Consumer<Reading> sink;
    private final Map<String, DeviceQueue> queues = new HashMap<>();
    /* Arrivals in order, as a ring of two arrays: an object per reading showed up in the ingestion profile. */
    private DeviceQueue[] arrivalQueues = new DeviceQueue[1024];
    private long[] arrivalTimes = new long[1024];
    private int oldest;
    private int arrivals;
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
        arrive(queue, time);
        buffered++;
        if (time > newest) {
            newest = time;
        }
        releaseUpTo(newest - toleranceNanos);
    }

    void flush() {
        releaseUpTo(Long.MAX_VALUE);
    }

    long buffered() {
        return buffered;
    }

    private void arrive(DeviceQueue queue, long time) {
        if (arrivals == arrivalQueues.length) {
            int size = arrivals * 2;
            DeviceQueue[] queues = new DeviceQueue[size];
            long[] times = new long[size];
            for (int i = 0; i < arrivals; i++) {
                int from = (oldest + i) & (arrivals - 1);
                queues[i] = arrivalQueues[from];
                times[i] = arrivalTimes[from];
            }
            arrivalQueues = queues;
            arrivalTimes = times;
            oldest = 0;
        }
        int at = (oldest + arrivals) & (arrivalQueues.length - 1);
        arrivalQueues[at] = queue;
        arrivalTimes[at] = time;
        arrivals++;
    }

    private void releaseUpTo(long watermark) {
        int mask = arrivalQueues.length - 1;
        while (arrivals > 0 && arrivalTimes[oldest] <= watermark) {
            DeviceQueue queue = arrivalQueues[oldest];
            arrivalQueues[oldest] = null;
            oldest = (oldest + 1) & mask;
            arrivals--;
            buffered -= queue.releaseUpTo(watermark, sink);
        }
    }
}
