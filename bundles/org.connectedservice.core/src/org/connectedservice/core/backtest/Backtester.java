package org.connectedservice.core.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.connectedservice.core.model.Reading;
import org.connectedservice.core.model.ThresholdRule;

/**
 * Replays readings through a candidate rule set and the active one, with the engine's own rule semantics, so the
 * rules editor can show what a change would do before it is applied. Readings must come in time order.
 */
public interface Backtester {

    BacktestReport compare(List<ThresholdRule> active, List<ThresholdRule> candidate, Iterable<Reading> readings,
            BacktestOptions options);

    /**
     * The same over the stored telemetry history in [from, to).
     *
     * @throws IllegalStateException when no telemetry history is available
     */
    BacktestReport compareOverHistory(List<ThresholdRule> active, List<ThresholdRule> candidate, Instant from,
            Instant to, BacktestOptions options);

    /** What the active rules would do if one rule had another threshold. */
    default BacktestReport tryThreshold(List<ThresholdRule> active, String ruleId, double threshold,
            Iterable<Reading> readings, BacktestOptions options) {
        return compare(active, withThreshold(active, ruleId, threshold), readings, options);
    }

    default BacktestReport tryThresholdOverHistory(List<ThresholdRule> active, String ruleId, double threshold,
            Instant from, Instant to, BacktestOptions options) {
        return compareOverHistory(active, withThreshold(active, ruleId, threshold), from, to, options);
    }

    /**
     * The rules with one rule's threshold (a band's lower edge) changed and its version raised, as the store would
     * version the edit.
     *
     * @throws IllegalArgumentException when no rule has that id
     */
    static List<ThresholdRule> withThreshold(List<ThresholdRule> rules, String ruleId, double threshold) {
        List<ThresholdRule> changed = new ArrayList<>(rules.size());
        boolean found = false;
        for (ThresholdRule rule : rules) {
            if (rule.id().equals(ruleId)) {
                changed.add(rule.withThreshold(threshold).withVersion(rule.version() + 1));
                found = true;
            } else {
                changed.add(rule);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no rule has the id '" + ruleId + "': pick one of the active rules");
        }
        return changed;
    }
}
