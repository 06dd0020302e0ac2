package org.connectedservice.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.ThresholdEvaluator;

/**
 * Judges each reading on its own (no windows): an episode opens with the first reading that breaks a rule and
 * ends with the first one that no longer does. Episodes of rules that were removed or got a new version end on
 * the device's next reading, so their alerts do not stay active forever.
 */
public final class InstantThresholdEvaluator implements ThresholdEvaluator {

    private record EpisodeKey(String deviceId, String ruleId) {
    }

    private record Episode(String deviceId, String deviceType, ThresholdRule rule, String token, double lastValue) {

        Episode withRule(ThresholdRule newRule) {
            return new Episode(deviceId, deviceType, newRule, token, lastValue);
        }

        Episode withLastValue(double value) {
            return new Episode(deviceId, deviceType, rule, token, value);
        }
    }

    private List<ThresholdRule> rules = List.of();
    private final Map<EpisodeKey, Episode> open = new HashMap<>();
    private final Map<String, List<Episode>> retired = new HashMap<>();

    @Override
    public synchronized void setRules(List<ThresholdRule> newRules) {
        Map<String, ThresholdRule> byId = new HashMap<>();
        for (ThresholdRule rule : newRules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("two rules share the id '" + rule.id() + "': give each rule its own id");
            }
        }
        var episodes = open.entrySet().iterator();
        while (episodes.hasNext()) {
            var entry = episodes.next();
            Episode episode = entry.getValue();
            ThresholdRule replacement = byId.get(episode.rule().id());
            if (replacement != null && replacement.version() == episode.rule().version()) {
                entry.setValue(episode.withRule(replacement));
            } else {
                episodes.remove();
                retired.computeIfAbsent(episode.deviceId(), d -> new ArrayList<>()).add(episode);
            }
        }
        rules = List.copyOf(newRules);
    }

    @Override
    public synchronized List<ThresholdRule> rules() {
        return rules;
    }

    @Override
    public synchronized List<Fault> evaluate(Reading reading) {
        List<Fault> faults = new ArrayList<>();
        for (Episode ended : retired.getOrDefault(reading.deviceId(), List.of())) {
            Double value = valueOf(reading, ended.rule().measurement());
            faults.add(fault(ended, FaultKind.CLEARED, value == null ? ended.lastValue() : value, reading.time(),
                    String.format(Locale.ROOT, "Rule '%s' version %d was changed or removed, which ends this alert",
                            ended.rule().name(), ended.rule().version())));
        }
        retired.remove(reading.deviceId());
        for (ThresholdRule rule : rules) {
            if (!rule.appliesTo(reading.deviceType())) {
                continue;
            }
            Double value = valueOf(reading, rule.measurement());
            if (value == null) {
                continue;
            }
            EpisodeKey key = new EpisodeKey(reading.deviceId(), rule.id());
            Episode episode = open.get(key);
            boolean broken = rule.isBrokenBy(value);
            if (broken && episode == null) {
                String token = Fault.tokenFor(reading.deviceId(), rule.id(), rule.version(), reading.time());
                Episode started = new Episode(reading.deviceId(), reading.deviceType(), rule, token, value);
                open.put(key, started);
                faults.add(fault(started, FaultKind.RAISED, value, reading.time(), rule.describe(value)));
            } else if (broken) {
                open.put(key, episode.withLastValue(value));
            } else if (episode != null) {
                open.remove(key);
                faults.add(fault(episode, FaultKind.CLEARED, value, reading.time(), String.format(Locale.ROOT,
                        "%s reading of %.2f is back within the threshold of %.2f", rule.measurement(), value,
                        rule.threshold())));
            }
        }
        return faults;
    }

    /** Device firmware differs in how it capitalises measurement names, so a rule matches any spelling. */
    private static Double valueOf(Reading reading, String measurement) {
        Double value = reading.values().get(measurement);
        if (value == null) {
            for (Map.Entry<String, Double> entry : reading.values().entrySet()) {
                if (entry.getKey().equalsIgnoreCase(measurement)) {
                    value = entry.getValue();
                    break;
                }
            }
        }
        return value == null || !Double.isFinite(value) ? null : value;
    }

    private static Fault fault(Episode episode, FaultKind kind, double value, Instant time, String description) {
        ThresholdRule rule = episode.rule();
        return new Fault(episode.token(), kind, episode.deviceId(), episode.deviceType(), rule.id(), rule.version(),
                rule.name(), rule.measurement(), value, rule.threshold(), rule.severity(), rule.alertType(), time,
                description);
    }
}
