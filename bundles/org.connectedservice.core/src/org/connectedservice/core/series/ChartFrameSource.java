package org.connectedservice.core.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.connectedservice.core.model.Device;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;

/**
 * Loads chart frames: recent readings from the live ring buffers, older ones as min/max buckets from the telemetry
 * history (one bucket per pixel column, re-queried only when the column grid moves), overlays from the rules and
 * alerts, all reduced to at most two vertices per pixel column and projected to pixels. Call it from one background
 * thread at a time; it never touches a display.
 */
public final class ChartFrameSource implements AutoCloseable {

    /** Asks the live buffers for their raw points: the engine's rings hold a few thousand per trace. */
    static final int LIVE_POINTS_LIMIT = 50_000;
    static final int ALERT_MARKERS = 10_000;
    static final long STORED_TRACES_GRID = 60_000;
    static final String NO_HISTORY =
            "Telemetry history is not running: older readings than the live buffer are not shown";

    private final LiveTelemetry live;
    private final RulesRepository rules;
    private final AlertMarkers alerts;
    private final AutoCloseable rulesSubscription;
    private final Map<SeriesKey, HistoryPart> historyParts = new HashMap<>();
    private volatile TelemetryHistory history;
    private volatile boolean versionsStale = true;
    private List<RuleSetVersion> versions = List.of();
    private TelemetryHistory cachedFrom;
    private List<SeriesKey> storedTraces = List.of();
    private long storedTracesFrom = Long.MIN_VALUE;
    private long storedTracesTo = Long.MIN_VALUE;

    private record HistoryPart(TimeWindow columns, ColumnTrace trace) {
    }

    private record Loaded(ColumnTrace trace, String note) {
    }

    public ChartFrameSource(LiveTelemetry live, RulesRepository rules, AlertStore alertStore) {
        this.live = live;
        this.rules = rules;
        this.alerts = new AlertMarkers(alertStore, ALERT_MARKERS);
        this.rulesSubscription = rules.subscribe(v -> versionsStale = true);
    }

    /** The history service, or null while there is none; charts then show the live buffers only. */
    public void useHistory(TelemetryHistory telemetryHistory) {
        history = telemetryHistory;
    }

    public synchronized ChartFrame load(ChartRequest request) {
        TimeWindow window = request.window();
        long columnMillis = window.columnMillis(request.width());
        TelemetryHistory h = history;
        if (h != cachedFrom) {
            cachedFrom = h;
            historyParts.clear();
            storedTracesFrom = Long.MIN_VALUE;
        }
        String note = "";
        Set<String> measurements = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<ColumnTrace> traces = new ArrayList<>();
        Map<String, Set<String>> devicesByMeasurement = new HashMap<>();
        for (Device device : request.devices()) {
            List<String> own = measurementsOf(device, window, h);
            measurements.addAll(own);
            for (String measurement : own) {
                if (request.shows(measurement)) {
                    Loaded loaded = trace(new SeriesKey(device.id(), device.deviceType(), measurement), window,
                            columnMillis, h);
                    traces.add(loaded.trace);
                    note = note.isEmpty() ? loaded.note : note;
                    devicesByMeasurement.computeIfAbsent(measurement.toLowerCase(Locale.ROOT),
                            m -> new LinkedHashSet<>()).add(device.id());
                }
            }
        }
        historyParts.keySet().removeIf(k -> traces.stream().noneMatch(t -> t.key().equals(k)));
        List<ThresholdMark> thresholds = thresholds(request.devices(), devicesByMeasurement);
        List<IotAlert> shownAlerts = alerts.within(deviceIds(request.devices()), devicesByMeasurement.keySet(), window);
        List<RuleSetVersion> shownVersions = versionsWithin(window);
        TraceProjection projection = project(request, traces, thresholds, shownAlerts);
        List<int[]> polylines = new ArrayList<>(traces.size());
        for (ColumnTrace trace : traces) {
            polylines.add(projection.polyline(trace));
        }
        return new ChartFrame(request, List.copyOf(measurements), traces, thresholds, shownAlerts, shownVersions,
                projection, polylines, note);
    }

    /**
     * One trace over the window: the live buffer's points, and before the buffer's oldest point the history's
     * buckets on the same column grid; note says why older readings are missing, if they are.
     */
    private Loaded trace(SeriesKey key, TimeWindow window, long columnMillis, TelemetryHistory h) {
        SeriesSnapshot raw = live.snapshot(key.deviceId(), key.measurement(), LIVE_POINTS_LIMIT);
        long liveStart = raw.size() > 0 ? raw.times()[0] : Long.MAX_VALUE;
        ColumnTrace older = ColumnTrace.empty(key);
        long liveFrom = window.from();
        String note = "";
        if (window.from() < liveStart && h == null) {
            note = raw.size() > 0 && liveStart - window.from() > columnMillis ? NO_HISTORY : "";
        } else if (window.from() < liveStart) {
            long from = Math.floorDiv(window.from(), columnMillis) * columnMillis;
            long to = Math.min(Math.floorDiv(window.to() - 1, columnMillis) + 1, Math.floorDiv(liveStart, columnMillis))
                    * columnMillis;
            if (to > from) {
                try {
                    older = historyPart(h, key, new TimeWindow(from, to), window, columnMillis);
                    liveFrom = to;
                } catch (RuntimeException e) {
                    note = "Reading the telemetry history failed (" + e.getMessage()
                            + "): older readings than the live buffer are not shown";
                }
            }
        }
        ColumnTrace recent = liveFrom < window.to()
                ? ColumnReducer.reduce(key, raw, new TimeWindow(liveFrom, window.to()), columnMillis)
                : ColumnTrace.empty(key);
        return new Loaded(older.followedBy(recent), note);
    }

    private List<String> measurementsOf(Device device, TimeWindow window, TelemetryHistory h) {
        List<String> own = live.measurements(device.id());
        if (!own.isEmpty() || h == null) {
            return own;
        }
        List<String> stored = new ArrayList<>();
        for (SeriesKey key : storedTraces(h, window)) {
            if (key.deviceId().equals(device.id()) && !stored.contains(key.measurement())) {
                stored.add(key.measurement());
            }
        }
        return stored;
    }

    /** Which traces the history holds in the window, asked at most once per minute the window moves. */
    private List<SeriesKey> storedTraces(TelemetryHistory h, TimeWindow window) {
        long from = Math.floorDiv(window.from(), STORED_TRACES_GRID) * STORED_TRACES_GRID;
        long to = (Math.floorDiv(window.to() - 1, STORED_TRACES_GRID) + 1) * STORED_TRACES_GRID;
        if (storedTracesFrom != from || storedTracesTo != to) {
            storedTraces = h.traces(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to));
            storedTracesFrom = from;
            storedTracesTo = to;
        }
        return storedTraces;
    }

    /** The history over columns (aligned to the column grid), queried again only when the grid moves. */
    private ColumnTrace historyPart(TelemetryHistory h, SeriesKey key, TimeWindow columns, TimeWindow window,
            long columnMillis) {
        HistoryPart cached = historyParts.get(key);
        if (cached == null || !cached.columns.equals(columns)) {
            int buckets = (int) (columns.span() / columnMillis);
            cached = new HistoryPart(columns, ColumnReducer.fromBuckets(key,
                    h.buckets(key.deviceId(), key.measurement(), columns.start(), columns.end(), buckets), columns));
            historyParts.put(key, cached);
        }
        return cached.trace.startingAt(window.from());
    }

    private List<ThresholdMark> thresholds(List<Device> devices, Map<String, Set<String>> devicesByMeasurement) {
        List<ThresholdMark> marks = new ArrayList<>();
        for (ThresholdRule rule : rules.activeRules()) {
            Set<String> charted = devicesByMeasurement.get(rule.measurement().toLowerCase(Locale.ROOT));
            if (charted == null || !ThresholdMark.isDrawable(rule)) {
                continue;
            }
            List<String> watched = new ArrayList<>();
            for (Device d : devices) {
                if (charted.contains(d.id()) && rule.appliesTo(d.id(), d.deviceType(), d.asset())) {
                    watched.add(d.id());
                }
            }
            if (!watched.isEmpty()) {
                marks.add(new ThresholdMark(rule, watched));
            }
        }
        return marks;
    }

    private List<RuleSetVersion> versionsWithin(TimeWindow window) {
        if (versionsStale) {
            versionsStale = false;
            versions = rules.history();
        }
        List<RuleSetVersion> shown = new ArrayList<>();
        for (RuleSetVersion v : versions) {
            if (v.time() != null && window.contains(v.time().toEpochMilli())) {
                shown.add(v);
            }
        }
        return shown;
    }

    /** A value range holding every trace, threshold, band and alert in view, with a little air above and below. */
    private static TraceProjection project(ChartRequest request, List<ColumnTrace> traces,
            List<ThresholdMark> thresholds, List<IotAlert> shownAlerts) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ColumnTrace trace : traces) {
            for (int i = 0; i < trace.size(); i++) {
                lo = Math.min(lo, trace.mins()[i]);
                hi = Math.max(hi, trace.maxs()[i]);
            }
        }
        for (ThresholdMark mark : thresholds) {
            for (double line : mark.lines()) {
                lo = Math.min(lo, line);
                hi = Math.max(hi, line);
            }
            if (mark.hasHysteresis()) {
                lo = Math.min(lo, mark.bandLow());
                hi = Math.max(hi, mark.bandHigh());
            }
        }
        for (IotAlert a : shownAlerts) {
            lo = Math.min(lo, a.reading());
            hi = Math.max(hi, a.reading());
        }
        if (!(lo <= hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
            lo = 0;
            hi = 1;
        }
        double air = hi > lo ? (hi - lo) * 0.05 : Math.max(1, Math.abs(hi) * 0.05);
        return new TraceProjection(request.window(), lo - air, hi + air, request.width(), request.height());
    }

    private static List<String> deviceIds(List<Device> devices) {
        return devices.stream().map(Device::id).toList();
    }

    @Override
    public void close() throws Exception {
        try {
            rulesSubscription.close();
        } finally {
            alerts.close();
        }
    }
}
