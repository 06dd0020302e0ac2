package org.connectedservice.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.TelemetryHistory;

/** The TelemetryHistory contract in memory, enough for the engine and backtests; can be told to refuse appends. */
public final class InMemoryTelemetryHistory implements TelemetryHistory {

    private final List<Reading> readings = new ArrayList<>();
    private RuntimeException appendFailure;

    public synchronized void refuseAppends(RuntimeException failure) {
        appendFailure = failure;
    }

    public synchronized List<Reading> readings() {
        return List.copyOf(readings);
    }

    @Override
    public synchronized void append(Reading reading) {
        if (appendFailure != null) {
            throw appendFailure;
        }
        readings.add(reading);
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
        List<Reading> matching = new ArrayList<>();
        for (Reading r : readings) {
            if (r.deviceId().equals(deviceId) && r.values().containsKey(measurement) && !r.time().isBefore(from)
                    && r.time().isBefore(to)) {
                matching.add(r);
            }
        }
        long[] t = new long[matching.size()];
        double[] v = new double[matching.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = matching.get(i).time().toEpochMilli();
            v[i] = matching.get(i).values().get(measurement);
        }
        return new SeriesSnapshot(t, v);
    }

    @Override
    public synchronized List<SeriesKey> traces(Instant from, Instant to) {
        Set<SeriesKey> keys = new LinkedHashSet<>();
        for (Reading r : readings) {
            if (!r.time().isBefore(from) && r.time().isBefore(to)) {
                for (Map.Entry<String, Double> value : r.values().entrySet()) {
                    keys.add(new SeriesKey(r.deviceId(), r.deviceType(), value.getKey()));
                }
            }
        }
        return new ArrayList<>(keys);
    }

    @Override
    public synchronized long storedReadings() {
        return readings.size();
    }
}
