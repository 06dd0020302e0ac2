package org.connectedservice.cli.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.connectedservice.core.model.HistoryBucket;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.RuleSetVersion;
import org.connectedservice.core.model.SeriesKey;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.SeriesSnapshot;
import org.connectedservice.core.service.RulesRepository;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.core.simulation.ScenarioRunner;

/**
 * Stand-ins for the services of other bundles (the rules store, the H2 history, the simulator's scenario runner),
 * holding just what the commands read. A missing one fails as the real lookup does, with a sentence.
 */
final class FakeServices implements ConsoleServices {

    List<ThresholdRule> activeRules = List.of();
    final List<Reading> history = new ArrayList<>();
    String historyProblem;
    ScenarioRunner scenarios;

    @Override
    public RulesRepository rules() {
        return new Rules(activeRules);
    }

    @Override
    public TelemetryHistory history() throws CommandException {
        if (historyProblem != null) {
            throw new CommandException(historyProblem);
        }
        return new History(history);
    }

    @Override
    public ScenarioRunner scenarios() throws CommandException {
        if (scenarios == null) {
            throw new CommandException("the scenario runner did not start within 30 s");
        }
        return scenarios;
    }

    @Override
    public Function<String, String> assets() {
        return deviceId -> null;
    }

    private record Rules(List<ThresholdRule> rules) implements RulesRepository {

        @Override
        public List<ThresholdRule> activeRules() {
            return rules;
        }

        @Override
        public RuleSetVersion activeVersion() {
            return new RuleSetVersion(1, Instant.EPOCH, "test", "active", rules);
        }

        @Override
        public List<RuleSetVersion> history() {
            return List.of(activeVersion());
        }

        @Override
        public RuleSetVersion apply(List<ThresholdRule> newRules, String author, String comment) {
            throw new IllegalStateException("the commands never change the rules");
        }

        @Override
        public RuleSetVersion rollback(int versionNumber, String author, String comment) {
            throw new IllegalStateException("the commands never change the rules");
        }

        @Override
        public String source() {
            return "test rules";
        }

        @Override
        public Optional<String> problem() {
            return Optional.empty();
        }

        @Override
        public AutoCloseable subscribe(Consumer<RuleSetVersion> listener) {
            return () -> {
            };
        }
    }

    private record History(List<Reading> readings) implements TelemetryHistory {

        @Override
        public void append(Reading reading) {
            readings.add(reading);
        }

        @Override
        public void flush() {
        }

        @Override
        public List<HistoryBucket> buckets(String deviceId, String measurement, Instant from, Instant to,
                int buckets) {
            return List.of();
        }

        @Override
        public SeriesSnapshot series(String deviceId, String measurement, Instant from, Instant to) {
            List<Reading> matching = readings.stream().filter(r -> r.deviceId().equals(deviceId)
                    && r.values().containsKey(measurement) && !r.time().isBefore(from) && r.time().isBefore(to))
                    .toList();
            long[] times = new long[matching.size()];
            double[] values = new double[matching.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = matching.get(i).time().toEpochMilli();
                values[i] = matching.get(i).values().get(measurement);
            }
            return new SeriesSnapshot(times, values);
        }

        @Override
        public List<SeriesKey> traces(Instant from, Instant to) {
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
        public long storedReadings() {
            return readings.size();
        }
    }

}
