package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.connectedservice.core.backtest.AlertChange;
import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.backtest.DetectionDelay;
import org.connectedservice.core.backtest.IncidentDetection;
import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.backtest.RuleSetOutcome;
import org.connectedservice.core.model.ThresholdRule;

/**
 * The report Backtester.compare gives for the active rule and a candidate, made from two one-sided runs: the active
 * side only changes with the range, the incidents or a new version, so it is replayed once and kept while a drag
 * replays only the candidate, halving the work per step. Alerts are matched as the backtester does: on device, rule
 * and window start.
 */
final class CandidateComparison {

    private record ActiveKey(ThresholdRule active, ReadingCache readings, List<LabelledIncident> incidents,
            Duration flapWindow) {
    }

    private record Raise(String deviceId, String ruleId, long windowStart) {
        static Raise of(AlertChange c) {
            return new Raise(c.deviceId(), c.ruleId(), c.windowStart().toEpochMilli());
        }
    }

    private static final Comparator<AlertChange> ORDER = Comparator.comparing(AlertChange::raisedAt)
            .thenComparing(AlertChange::deviceId).thenComparing(AlertChange::ruleId);

    private final Backtester backtester;
    private ActiveKey activeKey;
    private BacktestReport activeRun;

    CandidateComparison(Backtester backtester) {
        this.backtester = backtester;
    }

    /** @return null when it went stale on the way */
    synchronized BacktestReport compare(TuningRequest request, ReadingCache readings, BooleanSupplier stale) {
        long started = System.nanoTime();
        BacktestOptions everything = new BacktestOptions(request.flapWindow(), request.incidents(), Integer.MAX_VALUE);
        BacktestReport active = activeSide(request, readings, everything, stale);
        if (active == null) {
            return null;
        }
        ThresholdRule candidate = request.candidate();
        BacktestReport run = backtester.compare(List.of(), List.of(candidate), readings.readings(List.of(candidate),
                stale), everything);
        if (stale.getAsBoolean()) {
            return null;
        }
        List<AlertChange> appearing = missing(run.appearing(), active.disappearing());
        List<AlertChange> disappearing = missing(active.disappearing(), run.appearing());
        int listed = BacktestOptions.DEFAULT_MAX_LISTED_CHANGES;
        return new BacktestReport(run.readings(), Duration.ofNanos(System.nanoTime() - started), active.active(),
                run.candidate(), appearing.size(), appearing.subList(0, Math.min(listed, appearing.size())),
                disappearing.size(), disappearing.subList(0, Math.min(listed, disappearing.size())));
    }

    private BacktestReport activeSide(TuningRequest request, ReadingCache readings, BacktestOptions options,
            BooleanSupplier stale) {
        ActiveKey key = new ActiveKey(request.active(), readings, request.incidents(), request.flapWindow());
        if (key.equals(activeKey)) {
            return activeRun;
        }
        BacktestReport run = request.active() == null ? nothing(request.incidents())
                : backtester.compare(List.of(request.active()), List.of(),
                        readings.readings(List.of(request.active()), stale), options);
        if (stale.getAsBoolean()) {
            return null;
        }
        activeKey = key;
        activeRun = run;
        return run;
    }

    private static List<AlertChange> missing(List<AlertChange> raises, List<AlertChange> others) {
        Set<Raise> present = new HashSet<>();
        others.forEach(c -> present.add(Raise.of(c)));
        List<AlertChange> missing = new ArrayList<>();
        for (AlertChange c : raises) {
            if (!present.contains(Raise.of(c))) {
                missing.add(c);
            }
        }
        missing.sort(ORDER);
        return missing;
    }

    /** What a rule that is not in the active version did: nothing, so every incident was missed. */
    private static BacktestReport nothing(List<LabelledIncident> incidents) {
        DetectionDelay delay = new DetectionDelay(incidents.isEmpty() ? DetectionDelay.Basis.FIRST_BREAKING_READING
                : DetectionDelay.Basis.LABELLED_INCIDENTS, 0, incidents.size(), Duration.ZERO, Duration.ZERO);
        RuleSetOutcome none = new RuleSetOutcome(0, 0, 0, 0, delay, List.of(),
                incidents.stream().map(i -> new IncidentDetection(i, null, null, null)).toList());
        return new BacktestReport(0, Duration.ZERO, none, none, 0, List.of(), 0, List.of());
    }
}
