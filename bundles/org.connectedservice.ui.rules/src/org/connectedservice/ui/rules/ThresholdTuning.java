package org.connectedservice.ui.rules;

import java.util.Optional;

import org.connectedservice.core.model.ThresholdRule;

/**
 * The rules editor's tuning, for whoever moves a threshold: the chart calls it while the user drags a threshold or
 * hysteresis line. Each call changes the editor's draft (one undo step per drag, ended by finishDrag) and backtests
 * the candidate against the active version off the UI thread, within about 200 ms of the value standing still.
 * Nothing reaches the engine until the user applies the draft. One rule at a time is open on the chart: the chart
 * draws its candidate lines and lets the user drag, nudge or type them. Call it on the UI thread. Found in every
 * window's IEclipseContext: {@code @Inject @Optional ThresholdTuning tuning}.
 */
public interface ThresholdTuning {

    /**
     * Opens a rule on the chart for tuning and selects it in the editor.
     *
     * @throws IllegalArgumentException when the draft has no such rule
     */
    void openOnChart(String ruleId);

    /** The rule open on the chart; empty when none is, or the draft no longer has it. */
    Optional<ThresholdRule> ruleOnChart();

    void closeOnChart();

    /** Makes value the rule's threshold (a band's lower edge) in the draft, and selects the rule in the editor. */
    void setCandidateThreshold(String ruleId, double value);

    /** Sets the hysteresis clear threshold in the draft; null removes it. */
    void setCandidateClearThreshold(String ruleId, Double value);

    /** Ends a drag, so the next change is its own undo step. */
    void finishDrag();

    /** The draft's version of the rule, candidate values included; empty when the draft has no such rule. */
    Optional<ThresholdRule> candidateRule(String ruleId);

    /** The numbers of the newest finished backtest. */
    Optional<BacktestFigures> latestFigures();

    /** What the backtest is doing, as the editor says it: loading, replayed in N ms, or why it failed. */
    String backtestStatus();

    /** Told, on any thread, whenever the draft or a backtest changes; close the result to stop. */
    AutoCloseable subscribe(Runnable listener);
}
