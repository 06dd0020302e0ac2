package org.connectedservice.ui.rules.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.DeviceRegistry;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.TelemetryHistory;

/**
 * Loads the readings of a range for some measurements: from the stored history, or, only when the console runs
 * without one, from the engine's live buffers (the last hour at most).
 */
public final class ReadingSource {

    public static final String HISTORY = "stored history";
    public static final String LIVE = "live buffers (no stored history)";
    static final int LIVE_POINTS = 100_000;
    /** Loaded readings older than this are loaded again with the next backtest, so new telemetry counts. */
    static final Duration REFRESH_AFTER = Duration.ofMinutes(5);
    /** New readings worth more than a tenth of those held are loaded again, at most once a second. */
    static final int YOUNG_SHARE = 10;
    static final Duration MIN_RELOAD_GAP = Duration.ofSeconds(1);

    private final Supplier<TelemetryHistory> history;
    private final Supplier<LiveTelemetry> live;
    private final Supplier<DeviceRegistry> registry;
    private final Clock clock;

    public ReadingSource(Supplier<TelemetryHistory> history, Supplier<LiveTelemetry> live,
            Supplier<DeviceRegistry> registry, Clock clock) {
        this.history = history;
        this.live = live;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Whether the readings end so long ago that the newer ones should be loaded: after REFRESH_AFTER, or sooner
     * while the history is young (a console started a minute ago), where a few more seconds change the figures.
     */
    public boolean outdated(ReadingCache cache) {
        Duration since = Duration.between(cache.to(), clock.instant());
        if (since.compareTo(REFRESH_AFTER) > 0) {
            return true;
        }
        Instant first = cache.firstReading();
        Duration held = first == null ? Duration.ZERO : Duration.between(first, cache.to());
        return since.compareTo(MIN_RELOAD_GAP) > 0 && since.multipliedBy(YOUNG_SHARE).compareTo(held) > 0;
    }

    /** @return null when cancelled before the load finished */
    public ReadingCache load(Set<String> measurements, HistoryRange range, BooleanSupplier cancelled) {
        Instant to = clock.instant();
        Instant from = to.minus(range.length());
        TelemetryHistory stored = history.get();
        List<ReadingCache.Trace> traces = new ArrayList<>();
        if (stored != null) {
            stored.flush();
            for (SeriesKey key : stored.traces(from, to)) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                if (measurements.stream().anyMatch(m -> m.equalsIgnoreCase(key.measurement()))) {
                    add(traces, key.deviceId(), key.deviceType(), key.measurement(),
                            stored.series(key.deviceId(), key.measurement(), from, to));
                }
            }
            return ReadingCache.of(from, to, HISTORY, traces);
        }
        LiveTelemetry buffers = live.get();
        DeviceRegistry devices = registry.get();
        if (buffers != null && devices != null) {
            for (Device device : devices.devices()) {
                for (String measurement : buffers.measurements(device.id())) {
                    if (measurements.stream().anyMatch(m -> m.equalsIgnoreCase(measurement))) {
                        add(traces, device.id(), device.deviceType(), measurement,
                                within(buffers.snapshot(device.id(), measurement, LIVE_POINTS), from, to));
                    }
                }
            }
        }
        return ReadingCache.of(from, to, LIVE, traces);
    }

    private static void add(List<ReadingCache.Trace> traces, String deviceId, String deviceType, String measurement,
            SeriesSnapshot points) {
        if (points.size() > 0) {
            traces.add(new ReadingCache.Trace(deviceId, deviceType, measurement, points.times(), points.values()));
        }
    }

    private static SeriesSnapshot within(SeriesSnapshot s, Instant from, Instant to) {
        long[] t = s.times();
        int start = 0;
        while (start < t.length && t[start] < from.toEpochMilli()) {
            start++;
        }
        int end = start;
        while (end < t.length && t[end] < to.toEpochMilli()) {
            end++;
        }
        return new SeriesSnapshot(Arrays.copyOfRange(t, start, end), Arrays.copyOfRange(s.values(), start, end));
    }
}
