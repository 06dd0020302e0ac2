package org.connectedservice.ui.telemetry.internal.bench;

import java.util.Arrays;
import java.util.List;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.BacktestReport;
import org.connectedservice.core.backtest.Backtester;
import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;
import org.connectedservice.core.series.ThresholdMark;

/**
 * A backtest of one rule over a million readings: the active thermostat rule against a candidate two degrees lower.
 * The median of five runs after three untimed ones (the engine's evaluator needs them to be compiled by the JIT).
 */
final class BacktestProbe {

    /** The median time, and what the backtest found (so a broken run cannot pass for a fast one). */
    record Timing(long medianMillis, long readings, long activeRaised, long candidateRaised) {
    }

    private BacktestProbe() {
    }

    static Timing run(Backtester backtester, List<ThresholdRule> activeRules, List<Reading> readings) {
        Reading first = readings.get(0);
        ThresholdRule rule = activeRules.stream()
                .filter(r -> r.measurement().equalsIgnoreCase(StoredTraces.MEASUREMENT)
                        && r.appliesTo(first.deviceId(), first.deviceType(), null) && ThresholdMark.isDrawable(r))
                .findFirst().orElseThrow(() -> new IllegalStateException("the active rules have no Thermostat "
                        + "Temperature threshold to backtest; restore the default rules"));
        List<ThresholdRule> active = List.of(rule);
        List<ThresholdRule> candidate = List.of(rule.withThreshold(rule.threshold() - 2));
        BacktestReport report = null;
        for (int i = 0; i < 3; i++) {
            report = backtester.compare(active, candidate, readings, BacktestOptions.defaults());
        }
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            report = backtester.compare(active, candidate, readings, BacktestOptions.defaults());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new Timing(millis[2], report.readings(), report.active().raised(), report.candidate().raised());
    }
}
