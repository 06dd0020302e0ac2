package org.connectedservice.engine.internal.backtest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.connectedservice.core.backtest.AlertChange;
import org.connectedservice.core.backtest.DetectionDelay;
import org.connectedservice.core.backtest.DeviceRuleOutcome;
import org.connectedservice.core.backtest.IncidentDetection;
import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.backtest.RuleSetOutcome;
import org.connectedservice.core.model.Fault;
import org.connectedservice.core.model.FaultKind;

/** Counts what one rule set's faults amount to during a backtest, as they come. */
final class RuleSetTally {

    /** Alerts match across rule sets by device, rule id and window start, whatever the rule version. */
    record RaiseKey(String deviceId, String ruleId, long windowStart) {
    }

    private record PairKey(String deviceId, String ruleId) {
    }

    private static final class Episode {
        final Fault raise;
        long clearedAt = Long.MAX_VALUE;

        Episode(Fault raise) {
            this.raise = raise;
        }
    }

    private static final class PairTally {
        final Fault first;
        int raised;
        int cleared;
        int flaps;

        PairTally(Fault first) {
            this.first = first;
        }
    }

    private final long flapWindowMs;
    private final Map<String, Episode> openByToken = new HashMap<>();
    private final Map<PairKey, PairTally> pairs = new HashMap<>();
    private final Map<RaiseKey, Episode> raises = new HashMap<>();
    private final Map<String, List<Episode>> byDevice = new HashMap<>();
    private long raised;
    private long cleared;
    private long flaps;

    RuleSetTally(Duration flapWindow) {
        this.flapWindowMs = flapWindow.toMillis();
    }

    void take(List<Fault> faults) {
        for (Fault fault : faults) {
            PairTally pair = pairs.computeIfAbsent(new PairKey(fault.deviceId(), fault.ruleId()), k -> new PairTally(fault));
            if (fault.kind() == FaultKind.RAISED) {
                Episode episode = new Episode(fault);
                openByToken.put(fault.token(), episode);
                raises.put(keyOf(fault), episode);
                byDevice.computeIfAbsent(fault.deviceId(), d -> new ArrayList<>()).add(episode);
                pair.raised++;
                raised++;
            } else {
                pair.cleared++;
                cleared++;
                Episode episode = openByToken.remove(fault.token());
                if (episode != null) {
                    episode.clearedAt = fault.time().toEpochMilli();
                    if (episode.clearedAt - episode.raise.time().toEpochMilli() <= flapWindowMs) {
                        pair.flaps++;
                        flaps++;
                    }
                }
            }
        }
    }

    static RaiseKey keyOf(Fault raise) {
        return new RaiseKey(raise.deviceId(), raise.ruleId(), raise.windowStart().toEpochMilli());
    }

    /** The raises of this set that the other set has no alert for, oldest first. */
    List<AlertChange> raisesMissingFrom(RuleSetTally other) {
        List<AlertChange> missing = new ArrayList<>();
        for (Map.Entry<RaiseKey, Episode> entry : raises.entrySet()) {
            if (!other.raises.containsKey(entry.getKey())) {
                Fault f = entry.getValue().raise;
                missing.add(new AlertChange(f.deviceId(), f.ruleId(), f.ruleName(), f.measurement(), f.windowStart(),
                        f.time(), f.value(), f.threshold()));
            }
        }
        missing.sort(Comparator.comparing(AlertChange::raisedAt).thenComparing(AlertChange::deviceId)
                .thenComparing(AlertChange::ruleId));
        return missing;
    }

    RuleSetOutcome outcome(int rules, List<LabelledIncident> incidents) {
        List<DeviceRuleOutcome> perPair = new ArrayList<>(pairs.size());
        for (PairTally pair : pairs.values()) {
            Fault first = pair.first;
            Instant raisedAt = pair.raised > 0 ? first.time() : null;
            Duration delay = pair.raised > 0 ? Duration.between(first.windowStart(), first.time()) : null;
            perPair.add(new DeviceRuleOutcome(first.deviceId(), first.ruleId(), first.ruleName(), pair.raised,
                    pair.cleared, pair.flaps, raisedAt, delay));
        }
        perPair.sort(Comparator.comparing(DeviceRuleOutcome::deviceId).thenComparing(DeviceRuleOutcome::ruleId));
        List<IncidentDetection> detections = incidents.stream().map(this::detect).toList();
        DetectionDelay detection = incidents.isEmpty()
                ? summary(DetectionDelay.Basis.FIRST_BREAKING_READING, perPair.stream()
                        .map(DeviceRuleOutcome::firstDetectionDelay).filter(d -> d != null).toList())
                : summary(DetectionDelay.Basis.LABELLED_INCIDENTS,
                        detections.stream().map(IncidentDetection::delay).toList());
        return new RuleSetOutcome(rules, raised, cleared, flaps, detection, perPair, detections);
    }

    /** The first alert on the incident's device (and measurement) that is active at or after its start. */
    private IncidentDetection detect(LabelledIncident incident) {
        long start = incident.start().toEpochMilli();
        long end = incident.end() == null ? Long.MAX_VALUE : incident.end().toEpochMilli();
        Episode best = null;
        long bestAt = Long.MAX_VALUE;
        for (Episode episode : byDevice.getOrDefault(incident.deviceId(), List.of())) {
            Fault raise = episode.raise;
            if (incident.measurement() != null && !incident.measurement().equalsIgnoreCase(raise.measurement())) {
                continue;
            }
            long raisedAt = raise.time().toEpochMilli();
            if (raisedAt > end || episode.clearedAt <= start) {
                continue;
            }
            long at = Math.max(raisedAt, start);
            if (at < bestAt) {
                bestAt = at;
                best = episode;
            }
        }
        if (best == null) {
            return new IncidentDetection(incident, null, null, null);
        }
        return new IncidentDetection(incident, best.raise.ruleId(), Instant.ofEpochMilli(bestAt),
                Duration.ofMillis(bestAt - start));
    }

    private static DetectionDelay summary(DetectionDelay.Basis basis, List<Duration> delays) {
        int detected = 0;
        int missed = 0;
        long total = 0;
        long max = 0;
        for (Duration delay : delays) {
            if (delay == null) {
                missed++;
                continue;
            }
            detected++;
            total += delay.toMillis();
            max = Math.max(max, delay.toMillis());
        }
        Duration mean = detected == 0 ? Duration.ZERO : Duration.ofMillis(total / detected);
        return new DetectionDelay(basis, detected, missed, mean, Duration.ofMillis(max));
    }
}
