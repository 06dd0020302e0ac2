package org.connectedservice.engine.internal.ingest;

import java.util.Arrays;
import java.util.function.Consumer;

import org.connectedservice.core.model.Reading;

/** One device's buffered readings, kept sorted by event time; readings of equal time keep their arrival order. */
final class DeviceQueue {

    private long[] times = new long[4];
    private Reading[] readings = new Reading[4];
    private int head;
    private int tail;

    void insert(long time, Reading reading) {
        if (tail == times.length) {
            makeRoom();
        }
        int i = tail;
        while (i > head && times[i - 1] > time) {
            times[i] = times[i - 1];
            readings[i] = readings[i - 1];
            i--;
        }
        times[i] = time;
        readings[i] = reading;
        tail++;
    }

    /** @return how many readings were released */
    int releaseUpTo(long watermark, Consumer<Reading> sink) {
        int released = 0;
        while (head < tail && times[head] <= watermark) {
            Reading reading = readings[head];
            readings[head++] = null;
            released++;
            sink.accept(reading);
        }
        if (head == tail) {
            head = 0;
            tail = 0;
        }
        return released;
    }

    private void makeRoom() {
        int count = tail - head;
        if (head > 0) {
            System.arraycopy(times, head, times, 0, count);
            System.arraycopy(readings, head, readings, 0, count);
            Arrays.fill(readings, count, tail, null);
        } else {
            times = Arrays.copyOf(times, times.length * 2);
            readings = Arrays.copyOf(readings, readings.length * 2);
        }
        head = 0;
        tail = count;
    }
}
