package org.connectedservice.ui.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.TelemetryHistory;

/** The TelemetryHistory contract in memory, per trace, counting how often a trace is read. */
final class MemoryHistory implements TelemetryHistory {

    private static final class Points {
        long[] times = new long[16];
        double[] values = new double[16];
        int size;

        void add(long t, double v) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = t;
            values[size++] = v;
        }
    }

    private final Map<SeriesKey, Points> traces = new LinkedHashMap<>();
    int seriesReads;

    @Override
    public synchronized void append(Reading reading) {
        reading.values().forEach((m, v) -> traces.computeIfAbsent(new SeriesKey(reading.deviceId(),
                reading.deviceType(), m), k -> new Points()).add(reading.time().toEpochMilli(), v));
    }

    void add(String device, String type, String measurement, long time, double value) {
        traces.computeIfAbsent(new SeriesKey(device, type, measurement), k -> new Points()).add(time, value);
    }

    @Override
    public void flush() {
    }

    @Override
    public List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to, int buckets) {
        return List.of();
    }

    @Override
    public synchronized SeriesSnapshot series(String deviceId, String measurement, Instant from, Instant to) {
        seriesReads++;
        for (Map.Entry<SeriesKey, Points> e : traces.entrySet()) {
            if (e.getKey().deviceId().equals(deviceId) && e.getKey().measurement().equals(measurement)) {
                Points p = e.getValue();
                int a = 0;
                while (a < p.size && p.times[a] < from.toEpochMilli()) {
                    a++;
                }
                int b = a;
                while (b < p.size && p.times[b] < to.toEpochMilli()) {
                    b++;
                }
                return new SeriesSnapshot(Arrays.copyOfRange(p.times, a, b),
                        Arrays.copyOfRange(p.values, a, b));
            }
        }
        return SeriesSnapshot.EMPTY;
    }

    @Override
    public synchronized List<SeriesKey> traces(Instant from, Instant to) {
        List<SeriesKey> keys = new ArrayList<>();
        traces.forEach((k, p) -> {
            if (p.size > 0 && p.times[0] < to.toEpochMilli() && p.times[p.size - 1] >= from.toEpochMilli()) {
                keys.add(k);
            }
        });
        return keys;
    }

    @Override
    public synchronized long storedReadings() {
        return traces.values().stream().mapToLong(p -> p.size).sum();
    }
}
