package org.connectedservice.engine.internal.backtest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.connectedservice.core.backtest.AlertChange;
import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.service.TelemetryHistory;
import org.connectedservice.engine.internal.eval.RuleEvaluator;

/**
 * Runs both rule sets through the live engine's own evaluator in one pass over the readings (so a one-shot stream
 * works), moving event time on with the readings so no-data rules and windows behave as they would live. The clock
 * is not advanced past the last reading: the data ends there, not the devices' transmissions.
 */
public final class EngineBacktester implements Backtester {

    static final long ADVANCE_EVERY_MS = 1000;

    private final Function<String, String> assetOf;
    private final Supplier<TelemetryHistory> history;

    /** assetOf names a device's asset for asset-scoped rules; history supplies stored telemetry, or null. */
    public EngineBacktester(Function<String, String> assetOf, Supplier<TelemetryHistory> history) {
        this.assetOf = assetOf;
        this.history = history;
    }

    @Override
    public BacktestReport compare(List<ThresholdRule> active, List<ThresholdRule> candidate,
            Iterable<Reading> readings, BacktestOptions options) {
        Objects.requireNonNull(readings, "readings");
        BacktestOptions settings = options == null ? BacktestOptions.defaults() : options;
        long started = System.nanoTime();
        RuleEvaluator activeRules = evaluator(active, "active");
        RuleEvaluator candidateRules = evaluator(candidate, "candidate");
        RuleSetTally activeTally = new RuleSetTally(settings.flapWindow());
        RuleSetTally candidateTally = new RuleSetTally(settings.flapWindow());
        long count = 0;
        long advancedTo = Long.MIN_VALUE;
        Instant last = null;
        for (Reading reading : readings) {
            if (reading == null) {
                continue;
            }
            Instant time = reading.time();
            long millis = time.toEpochMilli();
            if (advancedTo == Long.MIN_VALUE || millis - advancedTo >= ADVANCE_EVERY_MS) {
                activeTally.take(activeRules.advanceTo(time));
                candidateTally.take(candidateRules.advanceTo(time));
                advancedTo = millis;
            }
            activeTally.take(activeRules.evaluate(reading));
            candidateTally.take(candidateRules.evaluate(reading));
            last = time;
            count++;
        }
        if (last != null) {
            activeTally.take(activeRules.advanceTo(last));
            candidateTally.take(candidateRules.advanceTo(last));
        }
        List<AlertChange> appearing = candidateTally.raisesMissingFrom(activeTally);
        List<AlertChange> disappearing = activeTally.raisesMissingFrom(candidateTally);
        int listed = settings.maxListedChanges();
        return new BacktestReport(count, Duration.ofNanos(System.nanoTime() - started),
                activeTally.outcome(active.size(), settings.incidents()),
                candidateTally.outcome(candidate.size(), settings.incidents()),
                appearing.size(), appearing.subList(0, Math.min(listed, appearing.size())),
                disappearing.size(), disappearing.subList(0, Math.min(listed, disappearing.size())));
    }

    @Override
    public BacktestReport compareOverHistory(List<ThresholdRule> active, List<ThresholdRule> candidate, Instant from,
            Instant to, BacktestOptions options) {
        TelemetryHistory stored = history.get();
        if (stored == null) {
            throw new IllegalStateException("no telemetry history is available to backtest over; replay a telemetry"
                    + " file instead, or start the console with its history database");
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the backtest range must start (" + from + ") before it ends (" + to
                    + ")");
        }
        return compare(active, candidate, new HistoryReadings(stored, from, to), options);
    }

    private RuleEvaluator evaluator(List<ThresholdRule> rules, String which) {
        RuleEvaluator evaluator = new RuleEvaluator(assetOf);
        try {
            evaluator.setRules(rules);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + which + " rules cannot be backtested: " + e.getMessage(), e);
        }
        return evaluator;
    }
}
