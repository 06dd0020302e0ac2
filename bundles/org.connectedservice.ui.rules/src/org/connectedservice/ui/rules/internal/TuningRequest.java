package org.connectedservice.ui.rules.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.connectedservice.core.backtest.BacktestOptions;
import org.connectedservice.core.backtest.LabelledIncident;
import org.connectedservice.core.model.ThresholdRule;

/**
 * A backtest to run: the draft's candidate rule against the rule of the active version (null when the rule is new)
 * over a range of readings.
 */
public record TuningRequest(ThresholdRule active, ThresholdRule candidate, HistoryRange range,
        List<LabelledIncident> incidents, Duration flapWindow) {

    public TuningRequest {
        incidents = List.copyOf(incidents);
        flapWindow = flapWindow == null ? BacktestOptions.DEFAULT_FLAP_WINDOW : flapWindow;
    }

    List<ThresholdRule> bothRules() {
        return active == null ? List.of(candidate) : List.of(active, candidate);
    }

    Set<String> measurements() {
        Set<String> m = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        bothRules().forEach(r -> m.add(r.measurement()));
        return m;
    }
}
