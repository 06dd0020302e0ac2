package org.connectedservice.core.backtest;

import java.time.Duration;
import java.util.List;

/**
 * The active and the candidate rule set over the same readings. appearing are alerts only the candidate raises,
 * disappearing those only the active set raises, both ordered by raise time and cut to the options' listing limit;
 * the counts are complete.
 */
public record BacktestReport(long readings, Duration elapsed, RuleSetOutcome active, RuleSetOutcome candidate,
        long appearingCount, List<AlertChange> appearing, long disappearingCount, List<AlertChange> disappearing) {

    public BacktestReport {
        appearing = List.copyOf(appearing);
        disappearing = List.copyOf(disappearing);
    }
}
