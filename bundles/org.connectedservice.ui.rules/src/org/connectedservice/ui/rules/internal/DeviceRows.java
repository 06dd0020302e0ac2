package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.connectedservice.core.backtest.AlertChange;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.DeviceRuleOutcome;

/** The tuning panel's tables: active against candidate per device, and the alerts that would appear or go. */
public final class DeviceRows {

    public record Device(String deviceId, int activeAlerts, int candidateAlerts, int activeFlaps, int candidateFlaps,
            Duration activeDelay, Duration candidateDelay) {
    }

    public record Change(boolean appears, String deviceId, Instant raisedAt, double value) {
    }

    private DeviceRows() {
    }

    /** Devices where either side raised something, the biggest change in alerts first. */
    public static List<Device> devices(BacktestReport report) {
        Map<String, DeviceRuleOutcome> active = byDevice(report.active().perDeviceRule());
        Map<String, DeviceRuleOutcome> candidate = byDevice(report.candidate().perDeviceRule());
        TreeMap<String, Boolean> ids = new TreeMap<>();
        active.keySet().forEach(id -> ids.put(id, true));
        candidate.keySet().forEach(id -> ids.put(id, true));
        List<Device> rows = new ArrayList<>();
        for (String id : ids.keySet()) {
            DeviceRuleOutcome a = active.get(id);
            DeviceRuleOutcome c = candidate.get(id);
            rows.add(new Device(id, a == null ? 0 : a.raised(), c == null ? 0 : c.raised(), a == null ? 0 : a.flaps(),
                    c == null ? 0 : c.flaps(), a == null ? null : a.firstDetectionDelay(),
                    c == null ? null : c.firstDetectionDelay()));
        }
        rows.sort(Comparator.comparingInt((Device d) -> -Math.abs(d.candidateAlerts() - d.activeAlerts()))
                .thenComparing(Device::deviceId));
        return rows;
    }

    /** Appearing and disappearing alerts (as far as the report lists them), in time order. */
    public static List<Change> changes(BacktestReport report) {
        List<Change> rows = new ArrayList<>();
        report.appearing().forEach(c -> rows.add(change(true, c)));
        report.disappearing().forEach(c -> rows.add(change(false, c)));
        rows.sort(Comparator.comparing(Change::raisedAt).thenComparing(Change::deviceId));
        return rows;
    }

    private static Change change(boolean appears, AlertChange c) {
        return new Change(appears, c.deviceId(), c.raisedAt(), c.value());
    }

    private static Map<String, DeviceRuleOutcome> byDevice(List<DeviceRuleOutcome> outcomes) {
        Map<String, DeviceRuleOutcome> map = new TreeMap<>();
        outcomes.forEach(o -> map.merge(o.deviceId(), o, (x, y) -> x));
        return map;
    }
}
