package org.connectedservice.core.series;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.connectedservice.core.model.AlertStatus;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.IotAlert;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.AlertStore;
import org.connectedservice.core.service.LiveTelemetry;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;

/** Small in-memory stand-ins for the services a chart reads; the real ones live in other bundles. */
final class ChartFakes {

    private ChartFakes() {
    }

    static final class Live implements LiveTelemetry {
        final Map<String, Map<String, RingSeries>> rings = new HashMap<>();

        void add(String device, String measurement, long time, double value) {
            rings.computeIfAbsent(device, d -> new TreeMap<>()).computeIfAbsent(measurement, m -> new RingSeries(3600))
                    .add(time, value);
        }

        @Override
        public List<String> measurements(String deviceId) {
            return new ArrayList<>(rings.getOrDefault(deviceId, Map.of()).keySet());
        }

        @Override
        public SeriesSnapshot snapshot(String deviceId, String measurement, int maxPoints) {
            RingSeries ring = rings.getOrDefault(deviceId, Map.of()).get(measurement);
            return ring == null ? SeriesSnapshot.EMPTY : ring.reduced(maxPoints);
        }
    }

    /** Keeps readings per trace in time order; answers bucket queries by scanning, and records them. */
    static class History implements TelemetryHistory {
        final Map<SeriesKey, NavigableMap<Long, Double>> readings = new HashMap<>();
        final List<String> bucketQueries = new ArrayList<>();

        @Override
        public void append(Reading reading) {
            for (Map.Entry<String, Double> v : reading.values().entrySet()) {
                readings.computeIfAbsent(new SeriesKey(reading.deviceId(), reading.deviceType(), v.getKey()),
                        k -> new TreeMap<>()).put(reading.time().toEpochMilli(), v.getValue());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to, int buckets) {
            bucketQueries.add(deviceId + " " + measurement + " " + from + " " + to + " " + buckets);
            NavigableMap<Long, Double> trace = trace(deviceId, measurement);
            List<HistoryBucket> out = new ArrayList<>();
            long width = (to.toEpochMilli() - from.toEpochMilli()) / buckets;
            for (int b = 0; b < buckets; b++) {
                long start = from.toEpochMilli() + b * width;
                DoubleSummaryStatistics stats = trace.subMap(start, start + width).values().stream()
                        .mapToDouble(Double::doubleValue).summaryStatistics();
                if (stats.getCount() > 0) {
                    out.add(new HistoryBucket(Instant.ofEpochMilli(start), Instant.ofEpochMilli(start + width),
                            stats.getCount(), stats.getMin(), stats.getMax(), stats.getAverage()));
                }
            }
            return out;
        }

        @Override
        public SeriesSnapshot series(String deviceId, String measurement, Instant from, Instant to) {
            SortedMap<Long, Double> part = trace(deviceId, measurement).subMap(from.toEpochMilli(), to.toEpochMilli());
            return new SeriesSnapshot(part.keySet().stream().mapToLong(Long::longValue).toArray(),
                    part.values().stream().mapToDouble(Double::doubleValue).toArray());
        }

        @Override
        public List<SeriesKey> traces(Instant from, Instant to) {
            return readings.entrySet().stream()
                    .filter(e -> !e.getValue().subMap(from.toEpochMilli(), to.toEpochMilli()).isEmpty())
                    .map(Map.Entry::getKey).toList();
        }

        @Override
        public long storedReadings() {
            return readings.values().stream().mapToLong(Map::size).sum();
        }

        private NavigableMap<Long, Double> trace(String deviceId, String measurement) {
            return readings.entrySet().stream()
                    .filter(e -> e.getKey().deviceId().equals(deviceId) && e.getKey().measurement().equals(measurement))
                    .map(Map.Entry::getValue).findFirst().orElse(new TreeMap<>());
        }
    }

    static final class Rules implements RulesRepository {
        final List<RuleSetVersion> versions = new ArrayList<>();
        final List<Consumer<RuleSetVersion>> listeners = new CopyOnWriteArrayList<>();

        Rules(Instant time, ThresholdRule... rules) {
            versions.add(new RuleSetVersion(1, time, "test", "initial", List.of(rules)));
        }

        @Override
        public List<ThresholdRule> activeRules() {
            return activeVersion().rules();
        }

        @Override
        public RuleSetVersion activeVersion() {
            return versions.get(versions.size() - 1);
        }

        @Override
        public List<RuleSetVersion> history() {
            return List.copyOf(versions);
        }

        RuleSetVersion apply(List<ThresholdRule> rules, String author, String comment, Instant time) {
            RuleSetVersion v = new RuleSetVersion(versions.size() + 1, time, author, comment, rules);
            versions.add(v);
            listeners.forEach(l -> l.accept(v));
            return v;
        }

        @Override
        public RuleSetVersion apply(List<ThresholdRule> rules, String author, String comment) {
            return apply(rules, author, comment, Instant.now());
        }

        @Override
        public RuleSetVersion rollback(int versionNumber, String author, String comment) {
            return apply(versions.get(versionNumber - 1).rules(), author, comment);
        }

        @Override
        public String source() {
            return "memory";
        }

        @Override
        public Optional<String> problem() {
            return Optional.empty();
        }

        @Override
        public AutoCloseable subscribe(Consumer<RuleSetVersion> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }

    static final class Alerts implements AlertStore {
        final List<IotAlert> alerts = new ArrayList<>();
        final List<Consumer<IotAlert>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public synchronized IotAlert record(Fault f) {
            IotAlert a = new IotAlert(alerts.size() + 1, f.token(), f.time(), f.deviceId(), f.ruleId(), f.ruleVersion(),
                    f.ruleName(), f.measurement(), f.value(), f.threshold(), f.severity(), f.alertType(),
                    f.kind() == FaultKind.RAISED ? AlertStatus.ACTIVE : AlertStatus.CLEARED, f.description());
            alerts.add(a);
            listeners.forEach(l -> l.accept(a));
            return a;
        }

        @Override
        public synchronized List<IotAlert> newest(int limit) {
            List<IotAlert> newest = new ArrayList<>(alerts);
            Collections.reverse(newest);
            return newest.subList(0, Math.min(limit, newest.size()));
        }

        @Override
        public long count() {
            return alerts.size();
        }

        @Override
        public AutoCloseable subscribe(Consumer<IotAlert> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
