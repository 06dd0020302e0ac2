package org.connectedservice.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.series.RingSeries;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.LiveTelemetry;

/** The last {@code capacity} points of every device and measurement; measurements are listed by name. */
public final class LiveSeries implements LiveTelemetry {

    private final int capacity;
    private final Map<String, Map<String, RingSeries>> byDevice = new ConcurrentHashMap<>();

    public LiveSeries(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public void record(Reading reading) {
        Map<String, RingSeries> series = byDevice.computeIfAbsent(reading.deviceId(), d -> new TreeMap<>());
        long time = reading.time().toEpochMilli();
        for (Map.Entry<String, Double> value : reading.values().entrySet()) {
            RingSeries ring;
            synchronized (series) {
                ring = series.computeIfAbsent(value.getKey(), m -> new RingSeries(capacity));
            }
            ring.add(time, value.getValue());
        }
    }

    @Override
    public List<String> measurements(String deviceId) {
        Map<String, RingSeries> series = byDevice.get(deviceId);
        if (series == null) {
            return List.of();
        }
        synchronized (series) {
            return new ArrayList<>(series.keySet());
        }
    }

    @Override
    public SeriesSnapshot snapshot(String deviceId, String measurement, int maxPoints) {
        Map<String, RingSeries> series = byDevice.get(deviceId);
        if (series == null) {
            return SeriesSnapshot.EMPTY;
        }
        RingSeries ring;
        synchronized (series) {
            ring = series.get(measurement);
        }
        return ring == null ? SeriesSnapshot.EMPTY : ring.reduced(Math.max(1, maxPoints));
    }
}
