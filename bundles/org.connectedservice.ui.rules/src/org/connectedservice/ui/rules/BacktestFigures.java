package org.connectedservice.ui.rules;

/**
 * The numbers the tuning panel shows for a candidate threshold against the active version: alerts and flaps of
 * each, alerts only the candidate raises (appearing) or only the active rule raises (disappearing), how many
 * readings were replayed, and how long the replay took. activeThreshold is NaN for a rule not yet applied.
 */
public record BacktestFigures(String ruleId, double candidateThreshold, double activeThreshold, long readings,
        long activeAlerts, long candidateAlerts, long activeFlaps, long candidateFlaps, long appearing,
        long disappearing, long backtestMillis, String source) {
}
